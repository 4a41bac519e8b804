import { z } from 'zod';
import { errorResponses, requireActor, type App } from '../../shared/http.ts';
import type { NotificationService } from './notification.service.ts';

const NotificationSchema = z
  .object({
    id: z.uuid(),
    kind: z.string(),
    caseId: z.uuid().nullable(),
    caseNumber: z.string().nullable(),
    payload: z.record(z.string(), z.unknown()),
    createdAt: z.string(),
    readAt: z.string().nullable(),
  })
  .meta({ id: 'Notification' });

export function registerNotificationRoutes(app: App, deps: { notifications: NotificationService }): void {
  app.get(
    '/api/notifications',
    {
      schema: {
        tags: ['notifications'],
        querystring: z.object({ unread: z.enum(['true', 'false']).default('false'), limit: z.coerce.number().int().min(1).max(200).default(50) }),
        response: { 200: z.object({ unread: z.number().int(), items: z.array(NotificationSchema) }), ...errorResponses },
      },
    },
    async (req) => deps.notifications.list(requireActor(req), { unreadOnly: req.query.unread === 'true', limit: req.query.limit }),
  );
  app.post(
    '/api/notifications/:id/read',
    { schema: { tags: ['notifications'], params: z.object({ id: z.uuid() }), response: { 204: z.null(), ...errorResponses } } },
    async (req, reply) => {
      await deps.notifications.markRead(requireActor(req), req.params.id);
      return reply.status(204).send(null);
    },
  );
  app.post('/api/notifications/read-all', { schema: { tags: ['notifications'], response: { 204: z.null(), ...errorResponses } } }, async (req, reply) => {
    await deps.notifications.markRead(requireActor(req), 'all');
    return reply.status(204).send(null);
  });
}
