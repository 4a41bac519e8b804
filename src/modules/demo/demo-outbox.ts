// The demo's customer messages: the cases' own messages (written by the case listener as the demo replayed
// them) delivered by the `record` driver, a few failed with their provider's error, and one SMS code. Customers
// who wrote by email or WeChat asked to hear back there, and a few opted out of progress messages (rule 24),
// so the outbox shows every channel and a suppressed message on first start.
import crypto from 'node:crypto';
import type { Db, DbOrTx } from '../../db/client.ts';
import { setCustomerMessaging, type CustomerMessaging } from '../customers/customer.service.ts';
import { seedDemoOutbox } from '../notifications/outbox.service.ts';
import type { DemoComplaint } from './demo-complaints.ts';

export async function seedDemoMessages(db: Db, now: Date, anyCustomerId: string | null): Promise<void> {
  await seedDemoOutbox(db, now, anyCustomerId ? { customerId: anyCustomerId } : null);
}

/**
 * A demo customer's contact choices, decided by their phone so that a returning customer keeps them: email
 * writers get an example.com address and prefer email; WeChat writers have followed the account (a synthetic
 * openid) and prefer WeChat; about one in twenty opted out.
 */
export function demoContact(c: Pick<DemoComplaint, 'channel' | 'customer'>): { email: string | null; messaging: CustomerMessaging } {
  const n = Number(c.customer.phone.slice(-4));
  const messaging: CustomerMessaging = n % 20 === 7 ? { notifyOptOut: true } : {};
  if (c.channel === 'email') return { email: `customer${c.customer.phone.slice(-6)}@example.com`, messaging: { ...messaging, preferredChannel: 'email' } };
  if (c.channel === 'wechat') {
    // 28 characters like a real 公众号 openid, never a real one.
    const openid = `oDEMO${crypto.createHash('sha256').update(c.customer.phone).digest('base64url').slice(0, 23)}`;
    return { email: null, messaging: { ...messaging, preferredChannel: 'wechat', wechatOpenId: openid } };
  }
  return { email: null, messaging };
}

export async function applyDemoContact(db: DbOrTx, customerId: string, messaging: CustomerMessaging, at: Date): Promise<void> {
  if (Object.keys(messaging).length) await setCustomerMessaging(db, customerId, messaging, at);
}
