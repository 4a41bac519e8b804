/** Time is injected everywhere so that tests and the demo can move it. */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

/** yyyymmdd of an instant in a time zone (case numbers are dated in the company's zone). */
// Building an Intl.DateTimeFormat is costly (it showed in the intake profile), so one per zone is kept.
const formatters = new Map<string, Intl.DateTimeFormat>();

export function localDateParts(at: Date, timeZone: string): { y: string; m: string; d: string } {
  let fmt = formatters.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, fmt);
  }
  const parts = fmt.formatToParts(at);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return { y: get('year'), m: get('month'), d: get('day') };
}
