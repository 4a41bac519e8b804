import { z } from 'zod';
import { AppError } from '../../shared/errors.ts';
import { nonBlank } from '../../shared/validation.ts';
import { errorResponses, requireActor, type App } from '../../shared/http.ts';
import { AttachmentSchema, CaseIdParams } from '../cases/case.schemas.ts';
import type { AttachmentService } from './attachment.service.ts';

export function registerAttachmentRoutes(app: App, deps: { attachments: AttachmentService }): void {
  app.post(
    '/api/cases/:id/attachments',
    {
      schema: {
        tags: ['cases'],
        summary: 'Upload one file (multipart field "file")',
        consumes: ['multipart/form-data'],
        params: CaseIdParams,
        response: { 201: AttachmentSchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      await deps.attachments.assertUploadable(actor, req.params.id);
      if (!req.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
      const file = await req.file();
      if (!file) {
        throw new AppError('VALIDATION_FAILED', { fields: [{ path: 'file', message: { zh: '请选择文件', en: 'Choose a file' } }] });
      }
      const view = await deps.attachments.upload(actor, req.params.id, {
        filename: file.filename,
        mimetype: file.mimetype,
        stream: file.file,
      });
      return reply.status(201).send(view);
    },
  );

  app.post(
    '/api/attachments/:id/hide',
    {
      schema: {
        tags: ['cases'],
        summary: 'Hide an evidence file with a reason (administrators; the file is kept unchanged, never deleted)',
        params: z.object({ id: z.uuid() }),
        body: z.object({ reason: nonBlank(500) }).strict(),
        response: { 200: AttachmentSchema, ...errorResponses },
      },
    },
    async (req) => deps.attachments.hide(requireActor(req), req.params.id, req.body.reason),
  );

  app.get(
    '/api/attachments/:id',
    { schema: { tags: ['cases'], params: z.object({ id: z.uuid() }) } },
    async (req, reply) => {
      const actor = requireActor(req);
      const { meta, stream } = await deps.attachments.open(actor, req.params.id);
      // Raster images open inline for preview (they cannot run script); anything else, PDFs included,
      // downloads. Either way the file is its own sandboxed origin, should a browser ever render it.
      const inline = /^image\/(jpeg|png|webp|gif)$/.test(meta.contentType);
      reply
        .header('content-type', meta.contentType)
        .header('content-length', meta.size)
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', ATTACHMENT_CSP)
        .header('content-disposition', contentDisposition(inline ? 'inline' : 'attachment', meta.filename));
      return reply.send(stream);
    },
  );
}

const ATTACHMENT_CSP = "sandbox; default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'";

/** RFC 6266 with the RFC 5987 UTF-8 name (attr-char escapes ' ( ) * too) and a plain ASCII fallback. */
export function contentDisposition(kind: 'inline' | 'attachment', filename: string): string {
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
