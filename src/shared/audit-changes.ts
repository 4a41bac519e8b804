// What an administration audit entry records as changes: pure helpers, shared by every module that writes
// one (users, taxonomy, admin) and by the audit module itself, which sits above users (its rows name the actor).

/** field → { from, to }; a password is only ever recorded as `{ to: 'reset' }`, never its hash. */
export type AuditChanges = Record<string, { from?: unknown; to?: unknown }>;

/** Fields never copied into the log, whatever a caller passes: a password is recorded as `'reset'` only. */
export const SECRET_FIELDS: ReadonlySet<string> = new Set(['password', 'passwordHash', 'password_hash']);

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** field → {from, to} for the fields of `patch` whose value differs from `before`. */
export function diffFields(before: Record<string, unknown> | null | undefined, patch: Record<string, unknown>): AuditChanges {
  const out: AuditChanges = {};
  for (const [field, to] of Object.entries(patch)) {
    if (to === undefined || SECRET_FIELDS.has(field) || field === 'updatedAt') continue;
    const from = before ? before[field] : undefined;
    if (!before || !same(from, to)) out[field] = before ? { from: from ?? null, to } : { to };
  }
  return out;
}

/** `created` rows: every given field as `{to}`. */
export const createdFields = (row: Record<string, unknown>): AuditChanges => diffFields(null, row);

/** A patch that turns `active` off is a deactivation; anything else an update. */
export const updateAction = (changes: AuditChanges): 'deactivated' | 'updated' => (changes.active?.to === false ? 'deactivated' : 'updated');
