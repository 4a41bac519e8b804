// What other modules may do with customers (cases' intake and look-up, privacy's erasure and the record of
// phone reads): the repository stays private.
import type { DbOrTx, Tx } from '../../db/client.ts';
import { customerRepository, type CustomerRow, type PhoneReadRow } from './customer.repository.ts';

export type { CustomerRow, PhoneReadRow };
export type CustomerInput = { name: string; phone: string; email?: string | null | undefined; isKey?: boolean | undefined };

export function findCustomerByPhone(db: DbOrTx, phone: string): Promise<CustomerRow | undefined> {
  return customerRepository.findByPhone(db, phone);
}

/** By id; `lock` takes the row's lock inside the caller's transaction. */
export function findCustomer(db: DbOrTx, id: string, lock = false): Promise<CustomerRow | undefined> {
  return customerRepository.findById(db, id, lock);
}

/** Find-or-create by the normalised phone; a newly given name or email updates the record. */
export function upsertCustomerByPhone(db: DbOrTx, input: CustomerInput, now: Date, opts: { keepContact?: boolean | undefined } = {}): Promise<CustomerRow> {
  return customerRepository.upsertByPhone(db, input, now, opts);
}

/** Rules 27–28: removes the contact data (name, phone, email) and marks the customer erased; no-op when it is. */
export function eraseCustomerContact(tx: Tx, id: string, at: Date): Promise<void> {
  return customerRepository.erase(tx, id, at);
}

export type CustomerMessaging = Partial<Pick<CustomerRow, 'preferredChannel' | 'language' | 'notifyOptOut' | 'wechatOpenId' | 'email'>>;
/** The customer's message settings: preferred channel, language, opt-out (rule 24), WeChat openid. */
export function setCustomerMessaging(db: DbOrTx, id: string, patch: CustomerMessaging, at: Date): Promise<void> {
  return customerRepository.setMessaging(db, id, patch, at);
}

/** Rule 29: one row per bulk read of unmasked phone numbers. */
export function recordPhoneReads(db: DbOrTx, read: { actorId: string; source: string; filters: string[]; phoneCount: number; at: Date }): Promise<void> {
  return customerRepository.insertPhoneRead(db, { actorId: read.actorId, source: read.source, filters: read.filters, phoneCount: read.phoneCount, createdAt: read.at });
}

export const phoneReadsPage = (db: DbOrTx, q: { before?: number | undefined; limit: number }) => customerRepository.phoneReadsPage(db, q);
export const prunePhoneReads = (db: DbOrTx, before: Date): Promise<number> => customerRepository.prunePhoneReads(db, before);
