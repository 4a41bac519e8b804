import type { BusinessCalendar } from '../api/config.ts';
import type { Translate } from '../i18n/index.ts';
import { formatDuration } from './sla.ts';

const DEFAULT_WORKDAY_MINUTES = 540;
const toMin = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** The length of a normal working day (Monday's hours), to read business minutes as working days. */
export const workdayMinutesOf = (cal: BusinessCalendar | undefined): number => {
  if (!cal || cal.definition.kind !== 'working_hours') return DEFAULT_WORKDAY_MINUTES;
  const monday = cal.definition.weekly['1'] ?? [];
  return monday.reduce((sum, p) => sum + toMin(p.end) - toMin(p.start), 0) || DEFAULT_WORKDAY_MINUTES;
};

/** The calendar a policy uses: its own, or the default one when it names none (as the server does). */
export const calendarFor = (calendars: BusinessCalendar[] | undefined, id: string | null | undefined) =>
  calendars?.find((c) => (id ? c.id === id : c.isDefault));

// 1620 business minutes are "3 working days", not "1 day 3 hours".
export const formatBusinessMinutes = (minutes: number, workday: number, t: Translate): string =>
  minutes >= workday ? t('duration.workdays', { n: Math.round((minutes / workday) * 10) / 10 }) : formatDuration(minutes * 60_000, t);
