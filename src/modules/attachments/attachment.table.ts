import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { cases } from '../cases/case.table.ts';
import { users } from '../users/user.table.ts';

export const attachments = pgTable(
  'attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    filename: text('filename').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    uploadedById: uuid('uploaded_by_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    // Evidence is never deleted or changed; an administrator may hide a file with a reason (a trigger keeps
    // every other column fixed, see the migration's hand-written part).
    hiddenAt: timestamp('hidden_at', { withTimezone: true }),
    hiddenById: uuid('hidden_by_id').references(() => users.id),
    hiddenReason: text('hidden_reason'),
    /** Personal data erased or expired (rules 27–28): the filename is the marker and the bytes are no longer served. */
    redactedAt: timestamp('redacted_at', { withTimezone: true }),
  },
  (t) => [index('attachments_case_idx').on(t.caseId)],
);
