// What other modules may do with customers (cases' intake and look-up): the repository stays private.
import type { DbOrTx } from '../../db/client.ts';
import { customerRepository, type CustomerRow } from './customer.repository.ts';

export type { CustomerRow };
export type CustomerInput = { name: string; phone: string; email?: string | null | undefined; isKey?: boolean | undefined };

export function findCustomerByPhone(db: DbOrTx, phone: string): Promise<CustomerRow | undefined> {
  return customerRepository.findByPhone(db, phone);
}

/** Find-or-create by the normalised phone; a newly given name or email updates the record. */
export function upsertCustomerByPhone(db: DbOrTx, input: CustomerInput, now: Date): Promise<CustomerRow> {
  return customerRepository.upsertByPhone(db, input, now);
}
