// Personal data (rules 27–29): administrators only. The customer is found by phone through GET /api/customers/lookup.
import { errorResponses, requirePermission, type App } from '../../shared/http.ts';
import type { PrivacyService } from './privacy.service.ts';
import {
  CustomerExportSchema,
  CustomerIdParams,
  EraseBody,
  ErasureResultSchema,
  PhoneReadsPageSchema,
  PhoneReadsQuery,
  RetentionBody,
  RetentionSchema,
} from './privacy.schemas.ts';

export function registerPrivacyRoutes(app: App, deps: { privacy: PrivacyService }): void {
  const { privacy } = deps;
  app.get(
    '/api/admin/customers/:id/export',
    {
      schema: {
        tags: ['admin'],
        summary: 'Everything held about one customer (record, cases, timeline, files list); audited (rule 28)',
        params: CustomerIdParams,
        response: { 200: CustomerExportSchema, ...errorResponses },
      },
    },
    async (req) => privacy.exportCustomer(requirePermission(req, 'admin.privacy'), req.params.id),
  );

  app.post(
    '/api/admin/customers/:id/erase',
    {
      schema: {
        tags: ['admin'],
        summary: "Erase one customer's personal data, keeping the timeline's events (rule 28); idempotent, audited",
        params: CustomerIdParams,
        body: EraseBody,
        response: { 200: ErasureResultSchema, ...errorResponses },
      },
    },
    async (req) => privacy.eraseCustomer(requirePermission(req, 'admin.privacy'), req.params.id, req.body.reason),
  );

  app.get(
    '/api/admin/privacy/retention',
    { schema: { tags: ['admin'], summary: 'Retention period per kind of personal data, in days (rule 27)', response: { 200: RetentionSchema, ...errorResponses } } },
    async (req) => {
      requirePermission(req, 'admin.privacy');
      return privacy.retention();
    },
  );

  app.put(
    '/api/admin/privacy/retention',
    { schema: { tags: ['admin'], summary: 'Set retention periods (rule 27); audited', body: RetentionBody, response: { 200: RetentionSchema, ...errorResponses } } },
    async (req) => privacy.setRetention(requirePermission(req, 'admin.privacy'), req.body.periods),
  );

  app.get(
    '/api/admin/privacy/phone-reads',
    {
      schema: {
        tags: ['admin'],
        summary: 'Who read unmasked phone numbers in bulk, newest first (rule 29)',
        querystring: PhoneReadsQuery,
        response: { 200: PhoneReadsPageSchema, ...errorResponses },
      },
    },
    async (req) => {
      requirePermission(req, 'admin.privacy');
      return privacy.phoneReads(req.query);
    },
  );
}
