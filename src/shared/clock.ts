/** Time is injected everywhere so that tests and the demo can move it. */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

/** yyyymmdd of an instant in a time zone (case numbers are dated in the company's zone). */
export function localDateParts(at: Date, timeZone: string): { y: string; m: string; d: string } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(at);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return { y: get('year'), m: get('month'), d: get('day') };
}
