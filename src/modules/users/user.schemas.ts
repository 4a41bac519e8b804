import { z } from 'zod';
import { nonBlank } from '../../shared/validation.ts';
import { ROLES } from '../../shared/permissions.ts';

export const UserSchema = z
  .object({
    id: z.uuid(),
    username: z.string(),
    displayName: z.string(),
    role: z.enum(ROLES),
    departmentId: z.uuid().nullable(),
    departmentName: z.string().nullable(),
    active: z.boolean(),
    onDuty: z.boolean(),
  })
  .meta({ id: 'User' });

export const ASSIGNMENT_STRATEGIES = ['round_robin', 'least_load', 'none'] as const;
export const DepartmentSchema = z
  .object({ id: z.uuid(), code: z.string(), name: z.string(), active: z.boolean(), assignmentStrategy: z.enum(ASSIGNMENT_STRATEGIES) })
  .meta({ id: 'Department' });

export const LoginBody = z.object({ username: nonBlank(64), password: z.string().min(1).max(200) });
export const MeResponse = z.object({ user: UserSchema, permissions: z.array(z.string()) }).meta({ id: 'Me' });
/** The signed-in user as /api/auth/me tells it, or `{ user: null }` without a (valid) session. */
export const SessionResponse = z.union([MeResponse, z.object({ user: z.null() })]).meta({ id: 'Session' });

const Password = z.string().min(8, { error: 'password_too_short' }).max(200);
const Username = z
  .string()
  .trim()
  .min(2)
  .max(64)
  .regex(/^[a-zA-Z0-9_.-]+$/);

export const CreateUserBody = z.object({
  username: Username,
  displayName: nonBlank(64),
  role: z.enum(ROLES),
  departmentId: z.uuid().nullish(),
  password: Password,
});
export type CreateUserInput = z.infer<typeof CreateUserBody>;

export const UpdateUserBody = z.object({
  displayName: nonBlank(64).optional(),
  role: z.enum(ROLES).optional(),
  departmentId: z.uuid().nullish(),
  active: z.boolean().optional(),
  /** Only members on duty receive routed cases. */
  onDuty: z.boolean().optional(),
  password: Password.optional(),
});
export type UpdateUserInput = z.infer<typeof UpdateUserBody>;

export const ListUsersQuery = z.object({ departmentId: z.uuid().optional() });

export const CreateDepartmentBody = z.object({
  code: z
    .string()
    .trim()
    .min(1)
    .max(32)
    .regex(/^[a-z0-9_-]+$/),
  name: nonBlank(64),
});
export const UpdateDepartmentBody = z.object({
  name: nonBlank(64).optional(),
  active: z.boolean().optional(),
  assignmentStrategy: z.enum(ASSIGNMENT_STRATEGIES).optional(),
});
export const IdParams = z.object({ id: z.uuid() });
