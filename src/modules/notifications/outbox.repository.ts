import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { messageTemplates, notificationChannels, outboxMessages } from './outbox.table.ts';
import type { CustomerChannel, CustomerEvent, MessageLanguage } from './outbox.types.ts';

export type OutboxRow = typeof outboxMessages.$inferSelect;
export type NewOutboxRow = typeof outboxMessages.$inferInsert;
export type TemplateRow = typeof messageTemplates.$inferSelect;
export type ChannelRow = typeof notificationChannels.$inferSelect;

export const outboxRepository = {
  async dedupeKeyUsed(db: DbOrTx, dedupeKey: string): Promise<boolean> {
    const [row] = await db.select({ id: outboxMessages.id }).from(outboxMessages).where(eq(outboxMessages.dedupeKey, dedupeKey)).limit(1);
    return !!row;
  },
  /** Rows whose (dedupe key, channel) is already written are skipped (outbox_dedupe_channel_uq). */
  async insertMany(db: DbOrTx, rows: NewOutboxRow[]): Promise<number> {
    if (!rows.length) return 0;
    const inserted = await db.insert(outboxMessages).values(rows).onConflictDoNothing().returning({ id: outboxMessages.id });
    return inserted.length;
  },
  templates(db: DbOrTx, event: CustomerEvent, language: MessageLanguage): Promise<TemplateRow[]> {
    return db
      .select()
      .from(messageTemplates)
      .where(and(eq(messageTemplates.event, event), eq(messageTemplates.language, language)));
  },
  template(db: DbOrTx, event: CustomerEvent, channel: CustomerChannel, language: MessageLanguage): Promise<TemplateRow | undefined> {
    return db
      .select()
      .from(messageTemplates)
      .where(and(eq(messageTemplates.event, event), eq(messageTemplates.channel, channel), eq(messageTemplates.language, language)))
      .then((r) => r[0]);
  },
  allTemplates: (db: DbOrTx): Promise<TemplateRow[]> => db.select().from(messageTemplates),
  channels: (db: DbOrTx): Promise<ChannelRow[]> => db.select().from(notificationChannels),
  countByStatus: (db: DbOrTx) =>
    db
      .select({ status: outboxMessages.status, n: sql<number>`count(*)::int` })
      .from(outboxMessages)
      .groupBy(outboxMessages.status),
};
