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
/**
 * One client, as far as an address tells: an IPv4 address as it is (an IPv4-mapped IPv6 one too); an IPv6
 * address by its /64 network, since one subscriber is usually given a whole /64 and could otherwise
 * rotate through 2^64 addresses to escape the per-address limit.
 */
export function addressKey(ip: string): string {
  const bare = ip.trim().toLowerCase().replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(bare);
  if (mapped) return `address:${mapped[1]}`;
  if (!bare.includes(':')) return `address:${bare}`;
  const groups = ipv6Groups(bare);
  return groups ? `address:${groups.slice(0, 4).join(':')}::/64` : `address:${bare}`;
}

/** The eight 16-bit groups of an IPv6 address, without leading zeros; null when it is not one. */
function ipv6Groups(addr: string): string[] | null {
  // A trailing dotted IPv4 part takes the last two groups.
  const v4 = /^(.*:)(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(addr);
  let text = addr;
  if (v4) {
    const [a, b, c, d] = v4.slice(2).map(Number) as [number, number, number, number];
    text = `${v4[1]}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  if (!groups.every((g) => /^[0-9a-f]{1,4}$/.test(g))) return null;
  return groups.map((g) => g.replace(/^0+(?=.)/, ''));
}

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
