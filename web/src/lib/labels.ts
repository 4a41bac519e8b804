import type { CaseStatus, Priority, Urgency } from '../api/model.ts';

export const STATUS_COLORS: Record<CaseStatus, string> = {
  registered: 'blue',
  acknowledged: 'cyan',
  assigned: 'geekblue',
  investigating: 'purple',
  remedy_proposed: 'magenta',
  awaiting_customer: 'gold',
  executing: 'orange',
  resolved: 'green',
  follow_up: 'lime',
  closed: 'default',
  rejected: 'red',
  merged: 'default',
};

export const URGENCY_COLORS: Record<Urgency, string> = { normal: 'default', urgent: 'orange', critical: 'red' };

export const PRIORITY_COLORS: Record<Priority, string> = { P1: 'red', P2: 'orange', P3: 'blue', P4: 'default' };
