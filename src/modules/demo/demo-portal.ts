// The customer portal's demo data: stores with a printable QR code each (seed 003: 扫描二维码进入在线客服界面).
import type { Db } from '../../db/client.ts';
import { ensureStores } from '../portal/portal.service.ts';

export const DEMO_STORES = [
  { code: 'SH-XJH', name: '徐家汇店' },
  { code: 'SH-NJXL', name: '南京西路店' },
  { code: 'SH-WJC', name: '五角场店' },
  { code: 'HZ-WLGC', name: '杭州武林广场店' },
] as const;

export async function seedDemoPortal(db: Db, now: Date): Promise<void> {
  await ensureStores(db, DEMO_STORES, now);
}
