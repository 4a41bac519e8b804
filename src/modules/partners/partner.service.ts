// Carriers, suppliers and outlets as company data: listed for every signed-in user's pickers, written by
// the administrator with an audit entry in the same transaction (like the other configuration).
import type { Db, DbOrTx } from '../../db/client.ts';
import type { Clock } from '../../shared/clock.ts';
import type { Actor } from '../../shared/actor.ts';
import { AppError, notFound } from '../../shared/errors.ts';

import { createdFields, diffFields, recordAdminChange, updateAction } from '../audit/audit.service.ts';
import { partnerRepository, type NewPartnerRow, type PartnerRow } from './partner.repository.ts';
import type { CreatePartnerInput, PartnerView, UpdatePartnerInput } from './partner.schemas.ts';
import type { PartnerKind } from './partner.types.ts';

export type { PartnerRow };

const pgCode = (err: unknown): string | undefined => {
  const e = err as { code?: unknown; cause?: { code?: unknown } } | null;
  const code = e?.code ?? e?.cause?.code;
  return typeof code === 'string' ? code : undefined;
};

export const PARTNER_MESSAGES = {
  name_taken: { zh: '同类合作方中已有此名称', en: 'A partner of this kind already has this name' },
} as const;

const nameTaken = () => new AppError('ALREADY_EXISTS', { fields: [{ path: 'name', message: PARTNER_MESSAGES.name_taken }] });

export function toPartnerView(r: PartnerRow): PartnerView {
  return {
    id: r.id,
    kind: r.kind,
    name: r.name,
    contactName: r.contactName,
    contactPhone: r.contactPhone,
    contactEmail: r.contactEmail,
    compensationTerms: r.compensationTerms,
    claimMultiple: r.claimMultiple,
    claimCapFen: r.claimCapFen,
    active: r.active,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** A partner by id, for the checks of modules that refer to one (cases, through a port). */
export async function findPartner(db: DbOrTx, id: string): Promise<{ active: boolean; name: string; kind: PartnerKind } | undefined> {
  const row = await partnerRepository.find(db, id);
  return row ? { active: row.active, name: row.name, kind: row.kind } : undefined;
}

/** Demo and preset seeding: a partner of that kind and name, created once (idempotent). */
export async function ensurePartner(db: DbOrTx, row: Omit<NewPartnerRow, 'id'>): Promise<PartnerRow> {
  const existing = await partnerRepository.findByName(db, row.kind, row.name);
  if (existing) return existing;
  return (await partnerRepository.insert(db, row)) ?? (await partnerRepository.findByName(db, row.kind, row.name))!;
}

export type PartnerService = ReturnType<typeof createPartnerService>;

export function createPartnerService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;
  return {
    async list(filter: { kind?: PartnerKind | undefined; includeInactive?: boolean | undefined }): Promise<PartnerView[]> {
      const rows = await partnerRepository.list(db, { kind: filter.kind, active: filter.includeInactive ? undefined : true });
      return rows.map(toPartnerView);
    },

    async create(actor: Actor, input: CreatePartnerInput): Promise<PartnerView> {
      const now = clock();
      return db.transaction(async (tx) => {
        const values = {
          kind: input.kind,
          name: input.name,
          contactName: input.contactName ?? null,
          contactPhone: input.contactPhone ?? null,
          contactEmail: input.contactEmail ?? null,
          compensationTerms: input.compensationTerms ?? null,
          claimMultiple: input.claimMultiple ?? null,
          claimCapFen: input.claimCapFen ?? null,
          active: input.active,
        };
        const row = await partnerRepository.insert(tx, { ...values, createdAt: now, updatedAt: now });
        if (!row) throw nameTaken();
        await recordAdminChange(tx, { actorId: actor.id, entity: 'partner', entityId: row.id, action: 'created', changes: createdFields(values) });
        return toPartnerView(row);
      });
    },

    async update(actor: Actor, id: string, input: UpdatePartnerInput): Promise<PartnerView> {
      const patch: Partial<NewPartnerRow> = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
      return db.transaction(async (tx) => {
        const before = await partnerRepository.find(tx, id);
        if (!before) throw notFound();
        const changes = diffFields(before, patch);
        if (!Object.keys(changes).length) return toPartnerView(before);
        if (patch.name && patch.name !== before.name) {
          const clash = await partnerRepository.findByName(tx, before.kind, patch.name);
          if (clash && clash.id !== id) throw nameTaken();
        }
        const row = await partnerRepository.update(tx, id, { ...patch, updatedAt: clock() }).catch((err: unknown) => {
          // A concurrent rename to the same name: the unique index decides, answered as 409, not 500.
          if (pgCode(err) === '23505') throw nameTaken();
          throw err;
        });
        await recordAdminChange(tx, { actorId: actor.id, entity: 'partner', entityId: id, action: updateAction(changes), changes });
        return toPartnerView(row!);
      });
    },
  };
}
