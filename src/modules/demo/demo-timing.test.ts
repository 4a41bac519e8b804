import { describe, expect, it } from 'vitest';
import { defaultWorkingCalendar } from '../sla/sla-policy-presets.ts';
import { workingMsBetween } from '../sla/business-calendar.ts';
import { mulberry32 } from './demo-complaints.ts';
import { lateness, planCaseTiming } from './demo-timing.ts';

const cal = defaultWorkingCalendar('Asia/Shanghai');
const HOUR = 3600_000;
// Friday 2026-11-13 20:00 in Shanghai: the acknowledge clock (working hours) starts on Monday 09:00.
const received = new Date('2026-11-13T20:00:00+08:00').getTime();
const now = new Date('2026-11-20T10:00:00+08:00').getTime();
const ackDue = new Date('2026-11-16T11:00:00+08:00').getTime();
const path = ['acknowledged', 'assigned', 'investigating', 'remedy_proposed', 'awaiting_customer', 'executing', 'resolved', 'follow_up', 'closed'] as const;
const due = { acknowledge: ackDue, firstReply: received + 24 * HOUR, resolution: received + 72 * HOUR };

describe('the demo team keeps its time limits (issue 11 item 12)', () => {
  it('should acknowledge inside working time and within the limit, resolve within it, all moves in order before now', () => {
    for (let seed = 0; seed < 50; seed++) {
      const plan = planCaseTiming({ receivedAt: received, now, path, due, late: null, calendar: cal, random: mulberry32(seed) });
      const ack = plan.moves[0]!;
      expect(ack.to).toBe('acknowledged');
      expect(ack.at).toBeLessThanOrEqual(ackDue);
      // Working time passed between intake and the acknowledgement: it happened on Monday morning, not at the weekend.
      expect(workingMsBetween(cal, received, ack.at)).toBeGreaterThan(0);
      expect(plan.replyAt).not.toBeNull();
      expect(plan.replyAt!).toBeLessThanOrEqual(due.firstReply);
      expect(plan.moves.find((m) => m.to === 'resolved')!.at).toBeLessThanOrEqual(due.resolution);
      const times = plan.moves.map((m) => m.at);
      expect([...times].sort((a, b) => a - b)).toEqual(times);
      expect(new Set(times).size).toBe(times.length);
      expect(Math.max(...times)).toBeLessThan(now);
      expect(plan.moves.map((m) => m.to)).toEqual(path);
    }
  });

  it('should miss the limit on a late case, and mark a minority of the cases late', () => {
    const ackLate = planCaseTiming({ receivedAt: received, now, path, due, late: 'acknowledge', calendar: cal, random: mulberry32(1) });
    expect(ackLate.moves[0]!.at).toBeGreaterThan(ackDue);
    const resLate = planCaseTiming({ receivedAt: received, now, path, due, late: 'resolution', calendar: cal, random: mulberry32(1) });
    expect(resLate.moves.find((m) => m.to === 'resolved')!.at).toBeGreaterThan(due.resolution);
    const late = Array.from({ length: 200 }, (_, i) => lateness(i)).filter((l) => l !== null).length;
    expect(late / 200).toBeGreaterThan(0.03);
    expect(late / 200).toBeLessThan(0.15);
  });
});
