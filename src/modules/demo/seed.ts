import crypto from 'node:crypto';
import type { Db } from '../../db/client.ts';
import { anyUserExists, ensureDepartment, findDepartmentByCode, findUserByUsername, hashPassword, insertUser } from '../users/user.service.ts';
import type { Role } from '../../shared/permissions.ts';
import { ensurePartner, type PartnerRow } from '../partners/partner.service.ts';
import type { PresetCode } from '../presets/preset.schema.ts';
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

type DemoPartner = {
  kind: 'carrier' | 'supplier' | 'outlet';
  name: string;
  contactName: string;
  contactPhone: string;
  compensationTerms: string;
  claimMultiple: number | null;
  claimCapFen: number | null;
};

/**
 * A few synthetic carriers, suppliers and outlets per preset (names invented; contacts are company desks on
 * 400 numbers, not people's data). The demo company carries all five presets, so it gets them all.
 */
export const DEMO_PARTNERS: Readonly<Record<PresetCode, readonly DemoPartner[]>> = {
  express: [
    { kind: 'carrier', name: '中联速递', contactName: '总部理赔中心', contactPhone: '4008201001', compensationTerms: '保价快件按声明价值赔偿；未保价快件按实际损失赔偿，最高不超过运费的 5 倍。', claimMultiple: 5, claimCapFen: null },
    { kind: 'outlet', name: '中联速递 浦东张江网点', contactName: '网点负责人', contactPhone: '4008201002', compensationTerms: '加盟网点：派送环节造成的损失由网点先行承担，再按加盟协议与总部结算。', claimMultiple: 5, claimCapFen: null },
    { kind: 'outlet', name: '中联速递 海淀中关村网点', contactName: '网点负责人', contactPhone: '4008201003', compensationTerms: '加盟网点：派送环节造成的损失由网点先行承担，再按加盟协议与总部结算。', claimMultiple: 5, claimCapFen: null },
  ],
  logistics: [
    { kind: 'carrier', name: '恒通干线物流', contactName: '客户服务部', contactPhone: '4008202001', compensationTerms: '干线运输中的丢失、损坏按货物实际价值赔偿，每票最高 ¥20,000；延误按运费减免。', claimMultiple: null, claimCapFen: 2_000_000 },
    { kind: 'carrier', name: '捷达城配', contactName: '运营主管', contactPhone: '4008202002', compensationTerms: '城配环节损失按实际损失赔偿，最高不超过运费的 3 倍。', claimMultiple: 3, claimCapFen: null },
  ],
  'fresh-food': [
    { kind: 'supplier', name: '鲜源农产品合作社', contactName: '品控部', contactPhone: '4008203001', compensationTerms: '质量问题（腐烂、变质）由供应商承担货款及往返运费，并按合同扣减当期结算款。', claimMultiple: null, claimCapFen: null },
    { kind: 'carrier', name: '冷链优运', contactName: '调度中心', contactPhone: '4008203002', compensationTerms: '温控失效导致的损失按货值全额赔偿；延误超过 4 小时减免当票运费。', claimMultiple: null, claimCapFen: 500_000 },
  ],
  supermarket: [
    { kind: 'supplier', name: '优选日用品批发', contactName: '售后对接人', contactPhone: '4008204001', compensationTerms: '商品质量问题由供应商负责退换并承担运费。', claimMultiple: null, claimCapFen: null },
    { kind: 'supplier', name: '禾丰粮油', contactName: '质量部', contactPhone: '4008204002', compensationTerms: '食品质量问题由供应商承担退款及依法应付的赔偿。', claimMultiple: null, claimCapFen: null },
  ],
  'delivery-after-sales': [
    { kind: 'carrier', name: '捷达城配', contactName: '运营主管', contactPhone: '4008202002', compensationTerms: '城配环节损失按实际损失赔偿，最高不超过运费的 3 倍。', claimMultiple: 3, claimCapFen: null },
    { kind: 'supplier', name: '安居家电售后中心', contactName: '维修调度', contactPhone: '4008205001', compensationTerms: '安装及维修质量问题由服务商免费返修；二次返修按维修费 2 倍赔付。', claimMultiple: 2, claimCapFen: null },
  ],
};

/** Seeds every preset's demo partners once (idempotent by kind and name); returns them by name. */
export async function seedDemoPartners(db: Db): Promise<Map<string, PartnerRow>> {
  const byName = new Map<string, PartnerRow>();
  for (const list of Object.values(DEMO_PARTNERS)) {
    for (const p of list) {
      if (!byName.has(p.name)) byName.set(p.name, await ensurePartner(db, { ...p, contactEmail: null, active: true }));
    }
  }
  return byName;
}
