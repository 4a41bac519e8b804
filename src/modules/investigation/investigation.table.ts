import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { attachments } from '../attachments/attachment.table.ts';
import { cases } from '../cases/case.table.ts';
import { partners } from '../partners/partner.table.ts';
import { departments, users } from '../users/user.table.ts';
import { RESPONSIBLE_PARTIES, ROOT_CAUSE_KINDS, TASK_STATUSES, type EvidenceItem } from './investigation.rules.ts';

/** One department's part of the joint investigation (调查) of a case. */
export const investigationTasks = pgTable(
  'investigation_tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    ownerId: uuid('owner_id').references(() => users.id),
    dueAt: timestamp('due_at', { withTimezone: true }),
    instructions: text('instructions').notNull(),
    findings: text('findings'),
    status: text('status', { enum: TASK_STATUSES }).notNull().default('open'),
    createdById: uuid('created_by_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('investigation_tasks_case_idx').on(t.caseId), index('investigation_tasks_department_status_idx').on(t.departmentId, t.status)],
);

/**
 * The evidence checklist's marks: a file linked to an item, or the item marked not applicable with a reason.
 * Append-only (a trigger refuses UPDATE and DELETE): evidence is a record, a mistake is corrected by a new mark.
 */
export const evidenceMarks = pgTable(
  'evidence_marks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    itemCode: text('item_code').notNull(),
    attachmentId: uuid('attachment_id').references(() => attachments.id),
    notApplicableReason: text('not_applicable_reason'),
    markedById: uuid('marked_by_id').references(() => users.id),
    markedAt: timestamp('marked_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('evidence_marks_case_idx').on(t.caseId, t.itemCode)],
);

/** The current root cause and responsibility decision (定责) of a case; earlier ones stay on the timeline. */
export const caseResponsibilities = pgTable('case_responsibilities', {
  caseId: uuid('case_id')
    .primaryKey()
    .references(() => cases.id),
  rootCause: text('root_cause', { enum: ROOT_CAUSE_KINDS }).notNull(),
  rootCauseText: text('root_cause_text').notNull(),
  party: text('party', { enum: RESPONSIBLE_PARTIES }).notNull(),
  departmentId: uuid('department_id').references(() => departments.id),
  personId: uuid('person_id').references(() => users.id),
  partnerId: uuid('partner_id').references(() => partners.id),
  note: text('note'),
  decidedById: uuid('decided_by_id').references(() => users.id),
  decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
});

// Issue 11 item 2: the evidence checklist of a category as the company edited it; a category
// without a row uses its preset's default list.
export const evidenceChecklists = pgTable('evidence_checklists', {
  category: text('category').primaryKey(),
  items: jsonb('items').$type<EvidenceItem[]>().notNull(),
  updatedById: uuid('updated_by_id').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
