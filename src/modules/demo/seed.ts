import crypto from 'node:crypto';
import type { Db } from '../../db/client.ts';
import { anyUserExists, ensureDepartment, findDepartmentByCode, findUserByUsername, hashPassword, insertUser } from '../users/user.service.ts';
import type { Role } from '../../shared/permissions.ts';
import { seedDefaultCategories } from '../taxonomy/taxonomy.service.ts';

export const DEFAULT_DEPARTMENTS = [
  { code: 'service', name: '客服' },
  { code: 'dispatch', name: '调度' },
  { code: 'quality', name: '质控' },
  { code: 'warehouse', name: '仓库' },
  { code: 'logistics', name: '物流' },
  { code: 'finance', name: '财务' },
  { code: 'store', name: '门店' },
] as const;

export const DEMO_PASSWORD = 'demo1234';

export const DEMO_USERS: ReadonlyArray<{ username: string; displayName: string; role: Role; department: string | null }> = [
  { username: 'agent', displayName: '客服 王小敏', role: 'agent', department: 'service' },
  { username: 'supervisor', displayName: '主管 李建国', role: 'supervisor', department: 'service' },
  { username: 'manager', displayName: '经理 陈静', role: 'manager', department: null },
  { username: 'admin', displayName: '系统管理员', role: 'admin', department: null },
  { username: 'dispatch', displayName: '调度 张伟', role: 'handler', department: 'dispatch' },
  { username: 'quality', displayName: '质控 刘洋', role: 'handler', department: 'quality' },
  { username: 'warehouse', displayName: '仓库 赵磊', role: 'handler', department: 'warehouse' },
  { username: 'logistics', displayName: '物流 孙鹏', role: 'handler', department: 'logistics' },
  { username: 'finance', displayName: '财务 周婷', role: 'handler', department: 'finance' },
  { username: 'store', displayName: '门店 吴芳', role: 'handler', department: 'store' },
];

/** Departments and categories every installation needs; safe to run on every start. */
export async function seedReferenceData(db: Db): Promise<void> {
  for (const d of DEFAULT_DEPARTMENTS) {
    await ensureDepartment(db, d);
  }
  await seedDefaultCategories(db);
}

export async function hasUsers(db: Db): Promise<boolean> {
  return anyUserExists(db);
}

/** Whether the demo's handler accounts exist (then the sign-in page may list them). */
export async function hasDemoUsers(db: Db): Promise<boolean> {
  return !!(await findUserByUsername(db, 'dispatch')) && !!(await findUserByUsername(db, 'agent'));
}

/**
 * On a database with no users, creates `admin` so that someone can sign in; the password is
 * generated and returned for printing once (production never gets a known password).
 */
export async function seedFirstAdmin(db: Db): Promise<string | null> {
  if (await hasUsers(db)) return null;
  const password = crypto.randomBytes(9).toString('base64url');
  await insertUser(db, {
    username: 'admin',
    displayName: '系统管理员',
    role: 'admin',
    passwordHash: await hashPassword(password),
  });
  return password;
}

export async function seedDemoUsers(db: Db): Promise<void> {
  const hash = await hashPassword(DEMO_PASSWORD);
  for (const u of DEMO_USERS) {
    if (await findUserByUsername(db, u.username)) continue;
    const dep = u.department ? await findDepartmentByCode(db, u.department) : undefined;
    await insertUser(db, {
      username: u.username,
      displayName: u.displayName,
      role: u.role,
      departmentId: dep?.id ?? null,
      passwordHash: hash,
    });
  }
}
