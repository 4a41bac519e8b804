import crypto from 'node:crypto';
import { hash, verify, type Algorithm } from '@node-rs/argon2';
import type { Db, DbOrTx, Tx } from '../../db/client.ts';
import type { Actor } from '../../shared/actor.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError, fieldError, notFound } from '../../shared/errors.ts';
import { FIELD_MESSAGES } from '../../shared/validation.ts';
import { createdFields, diffFields, updateAction, type AuditChanges } from '../../shared/audit-changes.ts';
import { departmentRepository, loginThrottleRepository, userRepository, type DepartmentRow, type NewUserRow, type UserRow, type UserView } from './user.repository.ts';
import { ACCOUNT_LIMIT, ADDRESS_LIMIT, accountKey, addressKey, retryAfterSeconds } from './login-throttle.rules.ts';
import type { CreateUserInput, UpdateUserInput } from './user.schemas.ts';

export type { DepartmentRow, NewUserRow, UserRow, UserView };

// Pinned, not the library's defaults, so an upgrade of it never changes them unnoticed: OWASP's
// Argon2id recommendation (19 MiB, 2 passes, 1 lane). Hashes made otherwise are redone at the next sign-in.
export const ARGON2_PARAMS = { algorithm: 2 as Algorithm /* Argon2id */, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;
const ARGON2_PREFIX = `$argon2id$v=19$m=${ARGON2_PARAMS.memoryCost},t=${ARGON2_PARAMS.timeCost},p=${ARGON2_PARAMS.parallelism}$`;

export const hashPassword = (password: string): Promise<string> => hash(password, ARGON2_PARAMS);

// For seeding and start-up (no actor, no audit entry): the demo module reads and writes users through these.
export const findUserByUsername = (db: DbOrTx, username: string): Promise<UserRow | undefined> => userRepository.findByUsername(db, username);
export const findDepartmentByCode = (db: DbOrTx, code: string): Promise<DepartmentRow | undefined> => departmentRepository.findByCode(db, code);
// For other modules (cases checks a department and an assignee): reads only.
export const findDepartment = (db: DbOrTx, id: string): Promise<DepartmentRow | undefined> => departmentRepository.find(db, id);
export const listDepartments = (db: DbOrTx): Promise<DepartmentRow[]> => departmentRepository.list(db);
// For routing's round robin: the pointer lives on the department row, so users writes it. Lock first, in the
// intake's transaction, so two intakes never take the same turn.
export const lockDepartmentForTurn = (tx: Tx, id: string): Promise<DepartmentRow | undefined> => departmentRepository.lock(tx, id);
/** Round robin's next member among `orderedIds`, taken and recorded in one statement (see departmentRepository.takeTurn). */
export const takeRoundRobinTurn = (tx: Tx, departmentId: string, orderedIds: readonly string[]): Promise<string | null> => departmentRepository.takeTurn(tx, departmentId, orderedIds);
export const recordTurn = (tx: Tx, departmentId: string, userId: string): Promise<void> => departmentRepository.setLastAssigned(tx, departmentId, userId);
export const findUserView = (db: DbOrTx, id: string): Promise<UserView | undefined> => userRepository.findView(db, id);
export const insertUser = (db: DbOrTx, row: NewUserRow): Promise<UserRow> => userRepository.insert(db, row);
export const anyUserExists = (db: DbOrTx): Promise<boolean> => userRepository.anyExists(db);
/**
 * The background purge (worker role): sessions past their expiry, and sign-in failure counts with no
 * lock running and no failure within the throttle window. Returns how many rows went.
 */
export async function purgeExpiredLogins(db: DbOrTx, now: Date): Promise<{ sessions: number; loginCounts: number }> {
  const quietSince = new Date(now.getTime() - Math.max(ACCOUNT_LIMIT.windowMs, ADDRESS_LIMIT.windowMs));
  return { sessions: await userRepository.deleteExpiredSessions(db, now), loginCounts: await loginThrottleRepository.deleteStale(db, quietSince) };
}
/** Creates the department unless its code exists. */
export async function ensureDepartment(db: DbOrTx, d: { code: string; name: string }): Promise<void> {
  if (!(await departmentRepository.findByCode(db, d.code))) await departmentRepository.insert(db, d);
}

const TOO_MANY_SIGN_INS = {
  zh: '密码错误次数过多，请稍后再试',
  en: 'Too many wrong passwords; try again later',
};

const sha256 = (s: string) => crypto.createHash('sha256').update(s).digest('hex');

// A fixed hash to verify against when the user does not exist, so timing does not reveal usernames.
let dummyHash: Promise<string> | undefined;

export function toActor(u: UserRow): Actor {
  return { id: u.id, username: u.username, displayName: u.displayName, role: u.role, departmentId: u.departmentId };
}

export type UserService = ReturnType<typeof createUserService>;

/**
 * The port by which user and department changes reach the audit log, in the write's transaction. A port,
 * not an import: audit's rows name their actor (a foreign key to users), so audit sits above users.
 */
export type RecordUserAdminChange = (
  tx: Tx,
  change: { actorId: string | null; entity: 'user' | 'department'; entityId: string; action: 'created' | 'updated' | 'deactivated'; changes?: AuditChanges },
) => Promise<void>;

export function createUserService(deps: { db: Db; clock: Clock; sessionTtlMs: number; recordAdminChange: RecordUserAdminChange }) {
  const { db, clock, recordAdminChange } = deps;

  async function assertDepartment(departmentId: string | null | undefined, role: string | undefined) {
    if (departmentId) {
      const dep = await departmentRepository.find(db, departmentId);
      if (!dep || !dep.active) throw fieldError('departmentId', FIELD_MESSAGES.department_unknown);
    } else if (role === 'handler') {
      // A handler without a department would see no cases at all.
      throw fieldError('departmentId', FIELD_MESSAGES.handler_needs_department);
    }
  }

  return {
    /**
     * Signs in. Wrong passwords are counted per account and per client address (in the database, so all
     * web processes share the counts); past the limit the answer is RATE_LIMITED with the seconds to
     * wait, decided before any Argon2 run.
     */
    async login(username: string, password: string, address = 'unknown'): Promise<{ token: string; expiresAt: Date; user: UserView }> {
      const keys = { account: accountKey(username), address: addressKey(address) };
      const wait = retryAfterSeconds(await loginThrottleRepository.locks(db, [keys.account, keys.address]), clock());
      if (wait !== null) throw new AppError('RATE_LIMITED', { message: TOO_MANY_SIGN_INS, details: { retryAfterSeconds: wait } });
      const failed = async () => {
        const now = clock();
        await loginThrottleRepository.recordFailure(db, keys.account, now, ACCOUNT_LIMIT);
        await loginThrottleRepository.recordFailure(db, keys.address, now, ADDRESS_LIMIT);
        return new AppError('INVALID_CREDENTIALS');
      };
      const user = await userRepository.findByUsername(db, username.trim());
      if (!user || !user.active) {
        dummyHash ??= hashPassword('timing-equaliser');
        await verify(await dummyHash, password);
        throw await failed();
      }
      if (!(await verify(user.passwordHash, password))) throw await failed();
      await loginThrottleRepository.clear(db, keys.account);
      // A hash made with other parameters (older defaults) is redone now, while the password is at hand.
      if (!user.passwordHash.startsWith(ARGON2_PREFIX)) {
        await userRepository.update(db, user.id, { passwordHash: await hashPassword(password) });
      }
      const token = crypto.randomBytes(32).toString('base64url');
      const expiresAt = new Date(clock().getTime() + deps.sessionTtlMs);
      await userRepository.insertSession(db, { tokenHash: sha256(token), userId: user.id, expiresAt });
      return { token, expiresAt, user: (await userRepository.findView(db, user.id))! };
    },

    async logout(token: string): Promise<void> {
      await userRepository.deleteSession(db, sha256(token));
    },

    async actorForToken(token: string): Promise<Actor | null> {
      const user = await userRepository.findSessionUser(db, sha256(token), clock());
      return user ? toActor(user) : null;
    },

    async me(actor: Actor): Promise<UserView> {
      const view = await userRepository.findView(db, actor.id);
      if (!view) throw new AppError('UNAUTHENTICATED');
      return view;
    },

    listUsers: (filter: { departmentId?: string | undefined }) => userRepository.list(db, filter),

    async createUser(actor: Actor, input: CreateUserInput): Promise<UserView> {
      await assertDepartment(input.departmentId, input.role);
      const taken = () => new AppError('ALREADY_EXISTS', { fields: [{ path: 'username', message: FIELD_MESSAGES.username_taken }] });
      if (await userRepository.findByUsername(db, input.username)) throw taken();
      // The insert itself decides a race between two admins creating the same user.
      const passwordHash = await hashPassword(input.password);
      const created = await db.transaction(async (tx) => {
        const fields = { username: input.username, displayName: input.displayName, role: input.role, departmentId: input.departmentId ?? null };
        const row = await userRepository.insertIfAbsent(tx, { ...fields, passwordHash });
        if (!row) throw taken();
        await recordAdminChange(tx, { actorId: actor.id, entity: 'user', entityId: row.id, action: 'created', changes: createdFields(fields) });
        return row;
      });
      return (await userRepository.findView(db, created.id))!;
    },

    async updateUser(actor: Actor, id: string, input: UpdateUserInput): Promise<UserView> {
      const current = await userRepository.findView(db, id);
      if (!current) throw notFound();
      const role = input.role ?? current.role;
      const departmentId = input.departmentId === undefined ? current.departmentId : input.departmentId;
      // Only a change of department or role is checked: a member of a department deactivated since can
      // still be renamed, reset or deactivated themselves.
      if (departmentId !== current.departmentId || role !== current.role) await assertDepartment(departmentId, role);
      const fields = {
        ...(input.displayName !== undefined ? { displayName: input.displayName } : {}),
        ...(input.role !== undefined ? { role: input.role } : {}),
        ...(input.departmentId !== undefined ? { departmentId: input.departmentId } : {}),
        ...(input.active !== undefined ? { active: input.active } : {}),
        ...(input.onDuty !== undefined ? { onDuty: input.onDuty } : {}),
      };
      const passwordHash = input.password !== undefined ? await hashPassword(input.password) : undefined;
      const leavesAdmins = current.role === 'admin' && current.active && (input.active === false || (input.role !== undefined && input.role !== 'admin'));
      await db.transaction(async (tx) => {
        // The last active administrator stays one: without one, nobody could manage users again.
        if (leavesAdmins && (await userRepository.lockActiveAdmins(tx)).filter((a) => a !== id).length === 0) {
          throw new AppError('LAST_ADMIN');
        }
        await userRepository.update(tx, id, { ...fields, ...(passwordHash !== undefined ? { passwordHash } : {}), updatedAt: clock() });
        // A deactivated user or a reset password ends every open session of that user.
        if (input.active === false || input.password !== undefined) await userRepository.deleteSessionsOf(tx, id);
        // The log says that the password was reset, never what to (nor its hash).
        const changes = { ...diffFields(current, fields), ...(passwordHash !== undefined ? { password: { to: 'reset' } } : {}) };
        if (Object.keys(changes).length) {
          await recordAdminChange(tx, { actorId: actor.id, entity: 'user', entityId: id, action: updateAction(changes), changes });
        }
      });
      return (await userRepository.findView(db, id))!;
    },

    listDepartments: () => departmentRepository.list(db),

    async createDepartment(actor: Actor, input: { code: string; name: string }) {
      return db.transaction(async (tx) => {
        const created = await departmentRepository.insertIfAbsent(tx, input);
        if (!created) throw new AppError('ALREADY_EXISTS', { fields: [{ path: 'code', message: FIELD_MESSAGES.code_taken }] });
        await recordAdminChange(tx, {
          actorId: actor.id,
          entity: 'department',
          entityId: created.id,
          action: 'created',
          changes: createdFields({ code: created.code, name: created.name, assignmentStrategy: created.assignmentStrategy }),
        });
        return created;
      });
    },

    async updateDepartment(
      actor: Actor,
      id: string,
      input: { name?: string | undefined; active?: boolean | undefined; assignmentStrategy?: 'round_robin' | 'least_load' | 'none' | undefined },
    ) {
      const patch = {
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.active !== undefined ? { active: input.active } : {}),
        ...(input.assignmentStrategy !== undefined ? { assignmentStrategy: input.assignmentStrategy } : {}),
      };
      return db.transaction(async (tx) => {
        const before = await departmentRepository.find(tx, id);
        if (!before) throw notFound();
        // Nothing to change is not an error: the department as it is.
        if (!Object.keys(patch).length) return before;
        const row = (await departmentRepository.update(tx, id, patch))!;
        const changes = diffFields(before, patch);
        if (Object.keys(changes).length) {
          await recordAdminChange(tx, { actorId: actor.id, entity: 'department', entityId: id, action: updateAction(changes), changes });
        }
        return row;
      });
    },
  };
}
