import { z } from 'zod';
import { nonBlank } from '../../shared/validation.ts';
// Routing rules match on the codes stored on cases, so they take taxonomy's code rule.
import { Code } from '../taxonomy/taxonomy.schemas.ts';

export const RoutingRuleSchema = z
  .object({
    id: z.uuid(),
    position: z.number().int(),
    category: z.string().nullable(),
    stage: z.string().nullable(),
    channel: z.string().nullable(),
    storePrefix: z.string().nullable(),
    departmentId: z.uuid(),
    active: z.boolean(),
  })
  .meta({ id: 'RoutingRule' });
export const RoutingRuleBody = z.object({
  position: z.number().int().min(0).max(100000),
  category: Code.nullish(),
  stage: Code.nullish(),
  channel: Code.nullish(),
  storePrefix: z.string().trim().min(1).max(100).nullish(),
  departmentId: z.uuid(),
  active: z.boolean().default(true),
});
export const UpdateRoutingRuleBody = RoutingRuleBody.partial();

const TargetPolicy = z.object({
  target: z.enum(['acknowledge', 'first_reply', 'resolution', 'legal_outer_limit', 'appeal_reply']),
  minutes: z.number().int().positive().max(365 * 24 * 60),
  calendar: z.enum(['business', 'calendar']),
  pausable: z.boolean(),
  escalation: z
    .object({
      supervisorAfterBreachMinutes: z.number().int().min(0).nullable(),
      managerAfterBreachMinutes: z.number().int().min(0).nullable(),
    })
    .optional(),
});
export const SlaPolicyBody = z.object({
  targets: z.array(TargetPolicy).min(1).max(10),
  pauseStatuses: z.array(z.string()).max(12),
  warnAtShare: z.number().min(0).max(1),
  escalation: z.object({
    supervisorAfterBreachMinutes: z.number().int().min(0).nullable(),
    managerAfterBreachMinutes: z.number().int().min(0).nullable(),
  }),
});
export const SlaPolicyRowSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    category: z.string().nullable(),
    priority: z.string().nullable(),
    calendarId: z.uuid().nullable(),
    active: z.boolean(),
    position: z.number().int(),
    policy: SlaPolicyBody,
  })
  .meta({ id: 'SlaPolicy' });
export const CreateSlaPolicyBody = z.object({
  name: nonBlank(100),
  category: Code.nullish(),
  priority: z.enum(['P1', 'P2', 'P3', 'P4']).nullish(),
  calendarId: z.uuid().nullish(),
  active: z.boolean().default(true),
  position: z.number().int().min(0).max(10000).default(0),
  policy: SlaPolicyBody,
});
export const UpdateSlaPolicyBody = CreateSlaPolicyBody.partial();

const Period = z.object({ start: z.string().regex(/^\d{2}:\d{2}$/), end: z.string().regex(/^\d{2}:\d{2}$/) });
export const CalendarDefinition = z.union([
  z.object({ kind: z.literal('24x7') }),
  z.object({
    kind: z.literal('working_hours'),
    timezone: z.string().min(1).max(64),
    // Days without hours may be left out (a Monday–Friday office lists five days).
    weekly: z.partialRecord(z.enum(['0', '1', '2', '3', '4', '5', '6']), z.array(Period).max(6)),
    holidays: z.enum(['cn-statutory', 'none']),
    overrides: z
      .array(
        z.object({
          date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
          type: z.enum(['off', 'workday']),
          name: z.string().max(60).optional(),
          periods: z.array(Period).max(6).optional(),
        }),
      )
      .max(2000),
  }),
]);
export const CalendarSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    isDefault: z.boolean(),
    definition: CalendarDefinition,
    coverage: z.array(
      z.object({ year: z.number().int(), covered: z.boolean(), warning: z.object({ zh: z.string(), en: z.string() }).nullable() }),
    ),
  })
  .meta({ id: 'BusinessCalendar' });
export const UpdateCalendarBody = z.object({ name: nonBlank(100).optional(), definition: CalendarDefinition.optional() });

export const IdParams = z.object({ id: z.uuid() });
export const CodeParams = z.object({ code: z.string().min(1).max(40) });
