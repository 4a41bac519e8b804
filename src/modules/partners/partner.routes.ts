import { z } from 'zod';
import { errorResponses, requireActor, requirePermission, type App } from '../../shared/http.ts';
import { CreatePartnerBody, ListPartnersQuery, PartnerIdParams, PartnerSchema, UpdatePartnerBody } from './partner.schemas.ts';
import type { PartnerService } from './partner.service.ts';

/** Carriers, suppliers and outlets 承运商与供应商: read by every signed-in user (pickers), written by the administrator. */
export function registerPartnerRoutes(app: App, deps: { partners: PartnerService }): void {
  const { partners } = deps;

  app.get(
    '/api/partners',
    {
      schema: {
        tags: ['cases'],
        summary: 'Carriers, suppliers and outlets (active ones unless includeInactive=true)',
        querystring: ListPartnersQuery,
        response: { 200: z.object({ items: z.array(PartnerSchema) }), ...errorResponses },
      },
    },
    async (req) => {
      requireActor(req);
      return { items: await partners.list({ kind: req.query.kind, includeInactive: req.query.includeInactive === 'true' }) };
    },
  );
  app.post(
    '/api/admin/partners',
    {
      schema: {
        tags: ['admin: configuration'],
        summary: 'Add a carrier, supplier or outlet (409 when one of that kind has the name)',
        body: CreatePartnerBody,
        response: { 201: PartnerSchema, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await partners.create(requirePermission(req, 'admin.config'), req.body)),
  );
  app.patch(
    '/api/admin/partners/:id',
    {
      schema: {
        tags: ['admin: configuration'],
        summary: 'Edit a partner; `active: false` deactivates it (cases keep the reference)',
        params: PartnerIdParams,
        body: UpdatePartnerBody,
        response: { 200: PartnerSchema, ...errorResponses },
      },
    },
    async (req) => partners.update(requirePermission(req, 'admin.config'), req.params.id, req.body),
  );
}
