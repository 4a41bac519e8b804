import { describe, expect, it } from 'vitest';
import { createClassifier } from './classifier.ts';
import { getPreset } from '../presets/index.ts';
import { computePriority, countRepeatComplaints, priorityInputFromSuggestion } from './priority.ts';

const fresh = getPreset('fresh-food');
const express = getPreset('express');
const day = (n: number): Date => new Date(Date.UTC(2026, 2, 1 + n, 8));

describe('computePriority', () => {
  it('should make rotten food from a key customer P1', () => {
    const suggestion = createClassifier(fresh).suggest('今天送来的草莓全烂了，还有好几个发霉的');
    const result = computePriority(fresh, priorityInputFromSuggestion(suggestion, { isKeyCustomer: true }));
    expect(result.priority).toBe('P1');
    expect(result.reasons.map((r) => r.factor)).toEqual(expect.arrayContaining(['food_safety', 'key_customer']));
    expect(result.timeLimit).toEqual(fresh.timeLimits.P1);
  });

  it('should make rotten food from a key customer P1 even at normal urgency', () => {
    expect(computePriority(fresh, { urgency: 'normal', category: 'food_quality', isKeyCustomer: true }).priority).toBe('P1');
  });

  it('should make rotten food P1 in the supermarket preset through the food-safety signal', () => {
    const sm = getPreset('supermarket');
    const suggestion = createClassifier(sm).suggest('在你们店买的葡萄发霉了，里面还烂了好几颗');
    expect(suggestion.category.code).toBe('product_quality');
    expect(computePriority(sm, priorityInputFromSuggestion(suggestion, { isKeyCustomer: true })).priority).toBe('P1');
  });

  it('should give P4 with no reasons for an ordinary enquiry', () => {
    expect(computePriority(express, { urgency: 'normal', category: 'other' })).toMatchObject({ priority: 'P4', score: 0, reasons: [] });
  });

  it('should explain every point with a factor and labels in both languages', () => {
    const r = computePriority(express, {
      urgency: 'urgent',
      category: 'loss',
      declaredValueYuan: 12000,
      upset: true,
      repeatCount: 2,
      regulatorReferral: 'postal_12305',
      publicExposure: true,
    });
    expect(r.score).toBe(r.reasons.reduce((s, x) => s + x.points, 0));
    expect(r.priority).toBe('P1');
    const byFactor = Object.fromEntries(r.reasons.map((x) => [x.factor, x]));
    expect(byFactor.valuables?.points).toBe(express.priorityRules.valuables.highValuePoints);
    expect(byFactor.repeat?.points).toBe(20);
    expect(byFactor.regulator_referral?.labelZh).toContain('12305');
    for (const x of r.reasons) {
      expect(x.labelZh.length).toBeGreaterThan(0);
      expect(x.labelEn.length).toBeGreaterThan(0);
    }
  });

  it('should cap repeat points and count a regulator threat less than a referral', () => {
    const w = express.priorityRules;
    expect(computePriority(express, { urgency: 'normal', repeatCount: 10 }).score).toBe(w.repeat.maxPoints);
    const threat = computePriority(express, { urgency: 'normal', regulatorThreat: true }).score;
    const referral = computePriority(express, { urgency: 'normal', regulatorReferral: 'consumer_12315' }).score;
    expect(threat).toBeLessThan(referral);
  });

  it('should move through the levels as factors add up', () => {
    expect(computePriority(express, { urgency: 'urgent' }).priority).toBe('P3');
    expect(computePriority(express, { urgency: 'urgent', upset: true }).priority).toBe('P2');
    expect(computePriority(express, { urgency: 'critical' }).priority).toBe('P1');
  });

  it('should take its weights from the preset', () => {
    const strict = { ...express, priorityRules: { ...express.priorityRules, upset: 70 } };
    expect(computePriority(express, { urgency: 'normal', upset: true }).priority).toBe('P3');
    expect(computePriority(strict, { urgency: 'normal', upset: true }).priority).toBe('P1');
  });
});

describe('countRepeatComplaints', () => {
  const current = { id: 'c9', customerId: 'u1', phone: '+86 138-0000-1111', waybillNo: 'sf 100200300', receivedAt: day(40) };

  it('should count earlier cases from the same customer or waybill inside the window', () => {
    const history = [
      { id: 'c1', customerId: 'u1', receivedAt: day(35) },
      { id: 'c2', phone: '13800001111', receivedAt: day(20) },
      { id: 'c3', customerId: 'u2', waybillNo: 'SF100200300', receivedAt: day(39) },
      { id: 'c4', customerId: 'u1', receivedAt: day(5) }, // outside 30 days
      { id: 'c5', customerId: 'u3', receivedAt: day(39) }, // someone else
      { id: 'c6', customerId: 'u1', receivedAt: day(41) }, // later
      { id: 'c9', customerId: 'u1', receivedAt: day(40) }, // itself
    ];
    expect(countRepeatComplaints(current, history, 30)).toBe(3);
  });
});
