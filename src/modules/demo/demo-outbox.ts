// The demo's customer messages: the cases' own messages (written by the case listener as the demo replayed
// them) delivered by the `record` driver, a few failed with their provider's error, and one SMS code.
import type { Db } from '../../db/client.ts';
import { seedDemoOutbox } from '../notifications/outbox.service.ts';

export async function seedDemoMessages(db: Db, now: Date, anyCustomerId: string | null): Promise<void> {
  await seedDemoOutbox(db, now, anyCustomerId ? { customerId: anyCustomerId } : null);
}
