// Customer messages: the admin outbox viewer, templates and channel settings (administrators), and what a
// customer was sent on a case (staff who may see the case).
import { z } from 'zod';
import { errorResponses, requireActor, requirePermission, type App } from '../../shared/http.ts';
import type { OutboxService } from './outbox.service.ts';
import {
  ChannelBody,
  ChannelListSchema,
  ChannelParams,
  ChannelSettingsSchema,
  CustomerMessagesSchema,
  CustomerMessageSettingsChange,
  CustomerMessageSettingsSchema,
  IdParams,
  MessageTemplatesSchema,
  OutboxMessageDetailSchema,
  OutboxMessageSchema,
  OutboxPageSchema,
  OutboxQuery,
  TemplateBody,
  TemplateKeyParams,
  TestSendBody,
  TestSendResultSchema,
} from './outbox.schemas.ts';

export function registerOutboxRoutes(app: App, deps: { outbox: OutboxService }): void {
  const { outbox } = deps;
  const tags = ['notifications'];

  app.get(
    '/api/admin/outbox',
    { schema: { tags, summary: 'Customer messages, newest first, with filters and cursor paging', querystring: OutboxQuery, response: { 200: OutboxPageSchema, ...errorResponses } } },
    async (req) => {
      requirePermission(req, 'admin.config');
      return outbox.list(req.query);
    },
  );
  app.get(
    '/api/admin/outbox/:id',
    { schema: { tags, summary: 'One customer message with its variables', params: IdParams, response: { 200: OutboxMessageDetailSchema, ...errorResponses } } },
    async (req) => {
      requirePermission(req, 'admin.config');
      return outbox.detail(req.params.id);
    },
  );
  app.post(
    '/api/admin/outbox/:id/retry',
    { schema: { tags, summary: 'Send a failed message again (fresh attempts); audited', params: IdParams, response: { 200: OutboxMessageSchema, ...errorResponses } } },
    async (req) => outbox.retry(requirePermission(req, 'admin.config'), req.params.id),
  );

  app.get(
    '/api/admin/message-templates',
    { schema: { tags, summary: 'Every event × channel × language template in effect (own or built-in)', response: { 200: MessageTemplatesSchema, ...errorResponses } } },
    async (req) => {
      requirePermission(req, 'admin.config');
      return outbox.templates();
    },
  );
  app.put(
    '/api/admin/message-templates/:event/:channel/:language',
    {
      schema: { tags, summary: 'Set a template; an unknown variable is a field error; audited', params: TemplateKeyParams, body: TemplateBody, response: { 200: MessageTemplatesSchema, ...errorResponses } },
    },
    async (req) => outbox.saveTemplate(requirePermission(req, 'admin.config'), req.params, req.body),
  );
  app.delete(
    '/api/admin/message-templates/:event/:channel/:language',
    { schema: { tags, summary: 'Back to the built-in template; audited', params: TemplateKeyParams, response: { 200: MessageTemplatesSchema, ...errorResponses } } },
    async (req) => outbox.resetTemplate(requirePermission(req, 'admin.config'), req.params),
  );

  app.get(
    '/api/admin/notification-channels',
    { schema: { tags, summary: 'Channel settings (keys shown only as set / unset)', response: { 200: ChannelListSchema, ...errorResponses } } },
    async (req) => {
      requirePermission(req, 'admin.config');
      return outbox.channels();
    },
  );
  app.put(
    '/api/admin/notification-channels/:channel',
    { schema: { tags, summary: "Set a channel's driver, options and keys (write-only); audited", params: ChannelParams, body: ChannelBody, response: { 200: ChannelSettingsSchema, ...errorResponses } } },
    async (req) => outbox.saveChannel(requirePermission(req, 'admin.config'), req.params.channel, req.body),
  );
  app.post(
    '/api/admin/notification-channels/:channel/test',
    { schema: { tags, summary: 'Send a test message now through the channel', params: ChannelParams, body: TestSendBody, response: { 200: TestSendResultSchema, ...errorResponses } } },
    async (req) => outbox.testSend(requirePermission(req, 'admin.config'), req.params.channel, req.body),
  );

  app.get(
    '/api/cases/:id/customer-messages',
    {
      schema: {
        tags,
        summary: 'What the customer was sent on this case; the address masked per role',
        params: z.object({ id: z.uuid() }),
        response: { 200: CustomerMessagesSchema, ...errorResponses },
      },
    },
    async (req) => outbox.customerMessages(requireActor(req), req.params.id),
  );

  app.put(
    '/api/cases/:id/customer-messages/settings',
    {
      schema: {
        tags,
        summary: "Change the customer's message settings (channel, language, opt-out, email) on their word; on the case's timeline",
        params: z.object({ id: z.uuid() }),
        body: CustomerMessageSettingsChange,
        response: { 200: CustomerMessageSettingsSchema, ...errorResponses },
      },
    },
    async (req) => outbox.setCustomerSettings(requireActor(req), req.params.id, req.body),
  );
}
