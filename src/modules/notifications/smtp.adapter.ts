// Email over SMTP with nodemailer. A refused connection or a 4xx answer is retried later; a 5xx answer
// (mailbox unknown, refused) is final.
import nodemailer from 'nodemailer';
import type { ChannelAdapter, Delivery, SendResult } from './channel-adapter.ts';
import { scrubAddress } from './channel-adapter.ts';

export type SmtpSettings = { host: string; port: number; secure: boolean; user?: string | undefined; password?: string | undefined; from: string };

export function createSmtpAdapter(s: SmtpSettings): ChannelAdapter {
  const transport = nodemailer.createTransport({
    host: s.host,
    port: s.port,
    secure: s.secure,
    ...(s.user ? { auth: { user: s.user, pass: s.password ?? '' } } : {}),
    // Time limits below the worker's lease, so a hung server fails the attempt instead of holding it.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
    // A local or test server may present a self-signed certificate after STARTTLS.
    tls: { rejectUnauthorized: false },
  });
  return {
    driver: 'smtp',
    async send(d: Delivery): Promise<SendResult> {
      try {
        const info = await transport.sendMail({
          from: s.from,
          to: d.to,
          subject: d.subject ?? '',
          text: d.body,
          // The message's own id: a receiver can tell a redelivery of the same message.
          messageId: `<${d.messageId}@closeloop>`,
        });
        return { ok: true, providerMessageId: typeof info.messageId === 'string' ? info.messageId : null };
      } catch (err) {
        const e = err as { responseCode?: number; code?: string; message?: string };
        const permanent = typeof e.responseCode === 'number' && e.responseCode >= 500 && e.responseCode < 600;
        const text = `smtp: ${e.responseCode ?? e.code ?? 'error'} ${e.message ?? ''}`.trim();
        return { ok: false, permanent, error: scrubAddress(text, d.to) };
      }
    },
    close: () => transport.close(),
  };
}
