import { integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { cases } from '../cases/case.table.ts';
import { users } from '../users/user.table.ts';
import { CASE_REDACTION_KINDS, DATA_KINDS, REDACTION_CAUSES } from './privacy.types.ts';

/** Rule 27: the retention period of each kind of personal data, in days; a missing row means the default. */
export const privacyRetention = pgTable('privacy_retention', {
  kind: text('kind', { enum: DATA_KINDS }).primaryKey(),
  days: integer('days').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedById: uuid('updated_by_id').references(() => users.id),
});

/** Which part of a case's personal data was removed, when and why: the job skips what is done. */
export const privacyCaseRedactions = pgTable(
  'privacy_case_redactions',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    kind: text('kind', { enum: CASE_REDACTION_KINDS }).notNull(),
    cause: text('cause', { enum: REDACTION_CAUSES }).notNull(),
    redactedAt: timestamp('redacted_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.kind] })],
);
