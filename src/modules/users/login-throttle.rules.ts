// Sign-in throttling: how many wrong passwords an account, or one client address, may send before it
// has to wait, and for how long. Each attempt costs an Argon2 run, so the limit is checked before it.

export type ThrottleLimit = {
  /** Failures allowed before the first lockout. */
  freeFailures: number;
  /** The first lockout; each further failure doubles it, up to maxLockMs. */
  baseLockMs: number;
  maxLockMs: number;
  /** A count is forgotten after this much quiet (no failure and no lock). */
  windowMs: number;
};

// Per account: 5 wrong passwords within 15 minutes, then 1, 2, 4 … minutes up to an hour.
export const ACCOUNT_LIMIT: ThrottleLimit = { freeFailures: 5, baseLockMs: 60_000, maxLockMs: 3600_000, windowMs: 15 * 60_000 };
// Per address: higher, as one office (NAT) may hold many agents mistyping their own passwords.
export const ADDRESS_LIMIT: ThrottleLimit = { freeFailures: 30, baseLockMs: 60_000, maxLockMs: 3600_000, windowMs: 15 * 60_000 };

export const accountKey = (username: string): string => `account:${username.trim().toLowerCase()}`;
export const addressKey = (ip: string): string => `address:${ip}`;

/** How long to lock after the n-th failure in a row (0 while failures are still free). */
export function lockMsAfter(failures: number, limit: ThrottleLimit): number {
  if (failures < limit.freeFailures) return 0;
  const doublings = Math.min(failures - limit.freeFailures, 30);
  return Math.min(limit.baseLockMs * 2 ** doublings, limit.maxLockMs);
}

/** Seconds to wait, for Retry-After: the latest lock still running, rounded up; null when none is. */
export function retryAfterSeconds(lockedUntil: ReadonlyArray<Date | null>, now: Date): number | null {
  const latest = Math.max(0, ...lockedUntil.map((d) => (d ? d.getTime() : 0)));
  return latest > now.getTime() ? Math.ceil((latest - now.getTime()) / 1000) : null;
}
