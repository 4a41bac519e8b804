import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const departments = pgTable('departments', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  active: boolean('active').notNull().default(true),
  /** How a routed case picks a member: by turns, or whoever has the fewest open cases. */
  assignmentStrategy: text('assignment_strategy', { enum: ['round_robin', 'least_load', 'none'] })
    .notNull()
    .default('least_load'),
  lastAssignedUserId: uuid('last_assigned_user_id'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    username: text('username').notNull().unique(),
    displayName: text('display_name').notNull(),
    role: text('role', { enum: ['agent', 'handler', 'supervisor', 'manager', 'admin'] }).notNull(),
    departmentId: uuid('department_id').references(() => departments.id),
    passwordHash: text('password_hash').notNull(),
    active: boolean('active').notNull().default(true),
    /** Only members on duty receive routed cases. */
    onDuty: boolean('on_duty').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('users_department_idx').on(t.departmentId).where(sql`${t.active}`)],
);

// Only a hash of the session token is stored, so a leaked table does not leak live sessions.
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)],
);

/**
 * Failed sign-ins per account (`account:<username>`) and per client address (`address:<ip>`). Kept in
 * the database, not in memory, so every web process sharing it counts the same attempts.
 */
export const loginThrottle = pgTable(
  'login_throttle',
  {
    key: text('key').primaryKey(),
    failures: integer('failures').notNull(),
    lastFailureAt: timestamp('last_failure_at', { withTimezone: true }).notNull(),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
  },
  (t) => [index('login_throttle_last_failure_idx').on(t.lastFailureAt)],
);
