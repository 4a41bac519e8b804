import { and, asc, desc, eq, inArray, isNull, lt, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/client.ts';
import { holdsText, redactedText } from '../../db/redaction.ts';
import { cases } from '../cases/case.table.ts';
import { messageTemplates, notificationChannels, outboxMessages } from './outbox.table.ts';
import type { CustomerChannel, CustomerEvent, MessageLanguage, OutboxStatus } from './outbox.types.ts';

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
  /** The same INSERT as SQL, for a statement that writes other rows too (undefined for none). */
  insertManySql(db: DbOrTx, rows: NewOutboxRow[]): SQL | undefined {
    return rows.length ? db.insert(outboxMessages).values(rows).onConflictDoNothing().getSQL() : undefined;
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

  /**
   * Claims up to `limit` due messages for one worker: pending ones whose time has come, and claimed ones whose
   * worker's lease ran out (it died mid-send). SKIP LOCKED lets several workers claim side by side, each row
   * going to one of them; the claim itself (status `sending`, a lease, the attempt counted) commits at once.
   */
  async claimDue(db: DbOrTx, now: Date, leaseMs: number, limit: number): Promise<OutboxRow[]> {
    const due = db
      .select({ id: outboxMessages.id })
      .from(outboxMessages)
      .where(
        and(
          inArray(outboxMessages.status, ['pending', 'sending']),
          sql`${outboxMessages.nextAttemptAt} <= ${now}`,
          sql`(${outboxMessages.status} = 'pending' or ${outboxMessages.leaseUntil} < ${now})`,
        ),
      )
      .orderBy(asc(outboxMessages.nextAttemptAt))
      .limit(limit)
      .for('update', { skipLocked: true });
    return db
      .update(outboxMessages)
      .set({ status: 'sending', leaseUntil: new Date(now.getTime() + leaseMs), attempts: sql`${outboxMessages.attempts} + 1`, updatedAt: now })
      .where(inArray(outboxMessages.id, due))
      .returning();
  },

  /** The outcome of the attempt `attempt`; false when the claim was lost meanwhile (another worker took it over). */
  async finish(
    db: DbOrTx,
    id: string,
    attempt: number,
    patch: Partial<Pick<OutboxRow, 'status' | 'nextAttemptAt' | 'lastError' | 'driver' | 'providerMessageId' | 'sentAt' | 'suppressedReason'>> & { updatedAt: Date },
  ): Promise<boolean> {
    const rows = await db
      .update(outboxMessages)
      .set({ ...patch, leaseUntil: null })
      .where(and(eq(outboxMessages.id, id), eq(outboxMessages.status, 'sending'), eq(outboxMessages.attempts, attempt)))
      .returning({ id: outboxMessages.id });
    return rows.length > 0;
  },

  page(
    db: DbOrTx,
    f: { status?: OutboxStatus | undefined; channel?: CustomerChannel | undefined; event?: CustomerEvent | undefined; caseNumber?: string | undefined; before?: number | undefined; limit: number },
  ) {
    const where: SQL[] = [];
    if (f.status) where.push(eq(outboxMessages.status, f.status));
    if (f.channel) where.push(eq(outboxMessages.channel, f.channel));
    if (f.event) where.push(eq(outboxMessages.event, f.event));
    if (f.caseNumber) where.push(eq(cases.caseNumber, f.caseNumber));
    if (f.before !== undefined) where.push(lt(outboxMessages.seq, f.before));
    return db
      .select({ m: outboxMessages, caseNumber: cases.caseNumber })
      .from(outboxMessages)
      .leftJoin(cases, eq(cases.id, outboxMessages.caseId))
      .where(and(...where))
      .orderBy(desc(outboxMessages.seq))
      .limit(f.limit);
  },

  async byId(db: DbOrTx, id: string) {
    const [row] = await db
      .select({ m: outboxMessages, caseNumber: cases.caseNumber })
      .from(outboxMessages)
      .leftJoin(cases, eq(cases.id, outboxMessages.caseId))
      .where(eq(outboxMessages.id, id));
    return row;
  },

  ofCase: (db: DbOrTx, caseId: string) =>
    db.select().from(outboxMessages).where(eq(outboxMessages.caseId, caseId)).orderBy(desc(outboxMessages.seq)).limit(200),

  /** A failed message goes back to the queue with a fresh count of attempts; false when it is not failed. */
  async retry(tx: Tx, id: string, now: Date): Promise<boolean> {
    const rows = await tx
      .update(outboxMessages)
      .set({ status: 'pending', attempts: 0, nextAttemptAt: now, leaseUntil: null, updatedAt: now })
      .where(and(eq(outboxMessages.id, id), eq(outboxMessages.status, 'failed')))
      .returning({ id: outboxMessages.id });
    return rows.length > 0;
  },

  async upsertTemplate(tx: Tx, row: typeof messageTemplates.$inferInsert): Promise<TemplateRow> {
    const [saved] = await tx
      .insert(messageTemplates)
      .values(row)
      .onConflictDoUpdate({
        target: [messageTemplates.event, messageTemplates.channel, messageTemplates.language],
        set: { subject: row.subject ?? null, body: row.body, providerTemplateId: row.providerTemplateId ?? null, updatedById: row.updatedById ?? null, updatedAt: row.updatedAt! },
      })
      .returning();
    return saved!;
  },
  async deleteTemplate(tx: Tx, event: CustomerEvent, channel: CustomerChannel, language: MessageLanguage): Promise<boolean> {
    const rows = await tx
      .delete(messageTemplates)
      .where(and(eq(messageTemplates.event, event), eq(messageTemplates.channel, channel), eq(messageTemplates.language, language)))
      .returning({ id: messageTemplates.id });
    return rows.length > 0;
  },
  async upsertChannel(tx: Tx, row: typeof notificationChannels.$inferInsert): Promise<void> {
    await tx
      .insert(notificationChannels)
      .values(row)
      .onConflictDoUpdate({
        target: notificationChannels.channel,
        set: { driver: row.driver!, enabled: row.enabled!, options: row.options!, secrets: row.secrets!, maxAttempts: row.maxAttempts!, updatedById: row.updatedById ?? null, updatedAt: row.updatedAt! },
      });
  },

  /** The demo's past: what is older than `before` counts as delivered by the `record` driver, as a worker would have. */
  async markDeliveredBefore(db: DbOrTx, before: Date): Promise<number> {
    const rows = await db
      .update(outboxMessages)
      .set({ status: 'sent', attempts: 1, driver: 'record', sentAt: sql`${outboxMessages.createdAt} + interval '20 seconds'`, updatedAt: before })
      .where(and(eq(outboxMessages.status, 'pending'), lt(outboxMessages.createdAt, before)))
      .returning({ id: outboxMessages.id });
    return rows.length;
  },
  /** The demo's failures: the `n` newest messages of a channel, failed after their attempts with this error. */
  async markFailed(db: DbOrTx, channel: CustomerChannel, skip: number, error: string, attempts: number, at: Date): Promise<number> {
    const ids = await db
      .select({ id: outboxMessages.id })
      .from(outboxMessages)
      .where(and(eq(outboxMessages.channel, channel), eq(outboxMessages.status, 'sent')))
      .orderBy(desc(outboxMessages.seq))
      .offset(skip)
      .limit(1);
    if (!ids.length) return 0;
    const rows = await db
      .update(outboxMessages)
      .set({ status: 'failed', attempts, lastError: error, sentAt: null, driver: channel === 'email' ? 'smtp' : channel === 'sms' ? 'aliyun' : 'wechat_mp', updatedAt: at })
      .where(inArray(outboxMessages.id, ids.map((r) => r.id)))
      .returning({ id: outboxMessages.id });
    return rows.length;
  },

  /** Codes and other messages without a case are of no use after a while: their text goes (retention). */
  async redactCaselessBefore(db: DbOrTx, before: Date, marker: string): Promise<number> {
    const rows = await db
      .update(outboxMessages)
      .set({ body: marker, subject: redactedText(outboxMessages.subject, marker), vars: {}, redactedAt: before })
      .where(and(isNull(outboxMessages.caseId), lt(outboxMessages.createdAt, before), inArray(outboxMessages.status, ['sent', 'failed', 'suppressed']), isNull(outboxMessages.redactedAt)))
      .returning({ id: outboxMessages.id });
    return rows.length;
  },
};

/** Personal-data erasure (rule 28): the rendered text of a case's messages and their variables become the marker. */
export const outboxRedaction = {
  async redactCase(tx: Tx, caseId: string, marker: string): Promise<number> {
    const rows = await tx
      .update(outboxMessages)
      .set({ body: marker, subject: redactedText(outboxMessages.subject, marker), vars: {}, redactedAt: sql`now()` })
      .where(and(eq(outboxMessages.caseId, caseId), holdsText([outboxMessages.body, outboxMessages.subject], marker)))
      .returning({ id: outboxMessages.id });
    return rows.length;
  },
  texts: (db: DbOrTx, caseId: string) =>
    db
      .select({ id: outboxMessages.id, event: outboxMessages.event, channel: outboxMessages.channel, subject: outboxMessages.subject, body: outboxMessages.body })
      .from(outboxMessages)
      .where(eq(outboxMessages.caseId, caseId))
      .orderBy(asc(outboxMessages.seq)),
};
