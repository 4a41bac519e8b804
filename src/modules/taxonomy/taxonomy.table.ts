import { boolean, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { COMPLAINT_NATURES, RESPONSIBILITIES, URGENCIES } from '../presets/preset.schema.ts';

/**
 * Complaint categories 类别 a case is filed under, with the keywords the classifier suggests one from.
 * Moved here from cases/case.table.ts (issue 10): the SQL table is unchanged; cases.category keeps its foreign key.
 */
export const categories = pgTable('categories', {
  code: text('code').primaryKey(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  definitionZh: text('definition_zh'),
  definitionEn: text('definition_en'),
  keywords: jsonb('keywords').$type<Array<{ term: string; weight: number }>>().notNull().default([]),
  foodSafety: boolean('food_safety').notNull().default(false),
  baseUrgency: text('base_urgency', { enum: URGENCIES }).notNull().default('normal'),
  /** Seed 002's nature of a complaint 投诉性质 (服务质量类 …); a case shows the one of its category. */
  nature: text('nature', { enum: COMPLAINT_NATURES }),
  sortOrder: integer('sort_order').notNull().default(0),
  active: boolean('active').notNull().default(true),
});

/**
 * Causes 原因 (operational error, information lag, force majeure …) a case's investigation ends with,
 * each with who bears the responsibility. Filled from the industry preset, edited by the administrator;
 * a code once used is deactivated, never deleted, because cases keep it.
 */
export const causes = pgTable('causes', {
  code: text('code').primaryKey(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  definitionZh: text('definition_zh'),
  definitionEn: text('definition_en'),
  responsibility: text('responsibility', { enum: RESPONSIBILITIES }).notNull().default('internal'),
  sortOrder: integer('sort_order').notNull().default(100),
  active: boolean('active').notNull().default(true),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Stages 环节 (pickup, warehouse, transport, delivery, customer service, store …) where a complaint arose,
 * with the keywords the classifier suggests a stage from and routing rules may match on.
 */
export const stages = pgTable('stages', {
  code: text('code').primaryKey(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  definitionZh: text('definition_zh'),
  definitionEn: text('definition_en'),
  keywords: jsonb('keywords').$type<Array<{ term: string; weight: number }>>().notNull().default([]),
  sortOrder: integer('sort_order').notNull().default(100),
  active: boolean('active').notNull().default(true),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
