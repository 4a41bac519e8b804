// Preloaded (node --import) into a server process that a browser journey runs on a shifted clock: every
// `new Date()` and `Date.now()` is ahead by the milliseconds in E2E_CLOCK_OFFSET_FILE, read again while the
// server runs, so a journey can let days pass (an overdue callback) without waiting for them.
import fs from 'node:fs';

const file = process.env.E2E_CLOCK_OFFSET_FILE;
const RealDate = Date;
// Read on every call, so a request that follows the file's change sees it: a test server is not busy.
const currentOffset = () => {
  if (!file) return 0;
  try {
    return Number(fs.readFileSync(file, 'utf8').trim()) || 0;
  } catch {
    return 0;
  }
};

const shifted = () => RealDate.now() + currentOffset();

// A proxy rather than a subclass: `Date()` called without `new`, `instanceof Date` and subclasses keep working.
globalThis.Date = new Proxy(RealDate, {
  construct: (target, args, newTarget) => Reflect.construct(target, args.length === 0 ? [shifted()] : args, newTarget),
  apply: () => new RealDate(shifted()).toString(),
  get: (target, prop, receiver) => (prop === 'now' ? shifted : Reflect.get(target, prop, receiver)),
});
