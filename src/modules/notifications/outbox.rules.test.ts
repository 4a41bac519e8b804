import { describe, expect, it } from 'vitest';
import { backoffDelayMs, chooseChannels, nextStep, renderTemplate, templateVariables, unknownVariables, type ChannelChoiceInput } from './outbox.rules.ts';
import { defaultTemplate } from './default-templates.ts';
import { CUSTOMER_CHANNELS, CUSTOMER_EVENTS, EVENT_VARIABLES, MESSAGE_LANGUAGES } from './outbox.types.ts';

describe('renderTemplate', () => {
  it.each([
    ['单号{{caseNumber}}', { caseNumber: 'C-1' }, '单号C-1'],
    ['{{ caseNumber }} / {{caseNumber}}', { caseNumber: 'C-2' }, 'C-2 / C-2'],
    ['code {{code}}, {{minutes}} min', { code: '123456', minutes: 5 }, 'code 123456, 5 min'],
    ['missing {{reply}}.', {}, 'missing .'],
    ['no placeholders', { caseNumber: 'x' }, 'no placeholders'],
    ['{single} {{ not closed', { single: 'x' }, '{single} {{ not closed'],
    // A value is inserted as text, never read as another placeholder.
    ['{{reply}}', { reply: '{{caseNumber}}', caseNumber: 'C-3' }, '{{caseNumber}}'],
    // `$&` and friends mean nothing in a value.
    ['{{reply}}', { reply: '$& $1 $$' }, '$& $1 $$'],
  ])('should render %j with %j as %j', (text, vars, expected) => {
    expect(renderTemplate(text, vars)).toBe(expected);
  });
});

describe('template variables', () => {
  it.each([
    ['received', '单号{{caseNumber}} {{resolveDue}}', [], ['caseNumber', 'resolveDue']],
    ['otp', '{{code}} {{caseNumber}}', ['caseNumber'], ['code', 'caseNumber']],
    ['progress_reply', '{{reply}}{{reply}} {{ nope }}', ['nope'], ['reply', 'nope']],
  ] as const)('should find in a %s template %j the unknown %j', (event, text, unknown, used) => {
    expect(unknownVariables(event, text)).toEqual(unknown);
    expect(templateVariables(text)).toEqual(used);
  });

  it('should use only known variables in every built-in template', () => {
    for (const event of CUSTOMER_EVENTS)
      for (const channel of CUSTOMER_CHANNELS)
        for (const language of MESSAGE_LANGUAGES)
          for (const preset of [null, 'express', 'supermarket', 'fresh-food']) {
            const t = defaultTemplate(event, channel, language, preset);
            expect(unknownVariables(event, t.body), `${event}/${channel}/${language}`).toEqual([]);
            expect(unknownVariables(event, t.subject ?? '')).toEqual([]);
            expect(t.body.length).toBeGreaterThan(0);
            expect(t.subject === null).toBe(channel !== 'email');
          }
  });

  it('should word the received message by industry where it differs', () => {
    expect(defaultTemplate('received', 'sms', 'zh', 'supermarket').body).toContain('小票');
    expect(defaultTemplate('received', 'sms', 'zh', 'express').body).not.toContain('小票');
    expect(EVENT_VARIABLES.otp).toContain('code');
  });
});

describe('back-off schedule', () => {
  const b = { baseMs: 30_000, maxMs: 3600_000 };
  it.each([
    [0, 0],
    [1, 30_000],
    [2, 60_000],
    [3, 120_000],
    [5, 480_000],
    [7, 1_920_000],
    [8, 3600_000],
    [50, 3600_000],
    [5000, 3600_000],
  ])('should wait after attempt %i for %i ms', (attempt, ms) => {
    expect(backoffDelayMs(attempt, b)).toBe(ms);
  });

  const now = new Date('2026-05-01T00:00:00Z');
  it.each([
    [{ ok: true } as const, 1, 3, { status: 'sent' }],
    [{ ok: false, permanent: false } as const, 1, 3, { status: 'pending', nextAttemptAt: new Date(now.getTime() + 30_000) }],
    [{ ok: false, permanent: false } as const, 2, 3, { status: 'pending', nextAttemptAt: new Date(now.getTime() + 60_000) }],
    // The last allowed attempt failed: failed for good, never dropped.
    [{ ok: false, permanent: false } as const, 3, 3, { status: 'failed' }],
    // A permanent refusal (an unsubscribed WeChat user) does not wait for more attempts.
    [{ ok: false, permanent: true } as const, 1, 8, { status: 'failed' }],
  ])('should after %j on attempt %i of %i go to %j', (outcome, made, max, expected) => {
    expect(nextStep(outcome, made, max, now, b)).toEqual(expected);
  });
});

describe('chooseChannels', () => {
  const base: ChannelChoiceInput = {
    event: 'received',
    preference: null,
    optedOut: false,
    erased: false,
    enabled: ['sms', 'wechat', 'email'],
    reachable: ['sms', 'email'],
  };
  it.each<[string, Partial<ChannelChoiceInput>, ReturnType<typeof chooseChannels>]>([
    ['default order: WeChat when followed', { reachable: ['sms', 'wechat', 'email'] }, { channels: ['wechat'] }],
    ['default order: SMS without WeChat', {}, { channels: ['sms'] }],
    ['the preference', { preference: 'email' }, { channels: ['email'] }],
    ['a preference without address falls back', { preference: 'wechat' }, { channels: ['sms'] }],
    ['a preference switched off falls back', { preference: 'email', enabled: ['sms'] }, { channels: ['sms'] }],
    ['SMS off: email', { enabled: ['email', 'wechat'] }, { channels: ['email'] }],
    ['rule 24: opted out', { optedOut: true, preference: 'email' }, { suppressed: 'opted_out', channel: 'email' }],
    ['rule 24: the code asked for still goes', { event: 'otp', optedOut: true, requested: ['sms'] }, { channels: ['sms'] }],
    ['erased: nothing, not even a code', { event: 'otp', erased: true, requested: ['sms'] }, { suppressed: 'erased', channel: 'sms' }],
    ['requested channels only', { requested: ['sms'], preference: 'email' }, { channels: ['sms'] }],
    ['requested several', { requested: ['sms', 'email', 'sms'] }, { channels: ['sms', 'email'] }],
    ['requested but switched off', { requested: ['sms'], enabled: ['email'] }, { suppressed: 'no_channel', channel: 'sms' }],
    ['requested without address', { requested: ['wechat'] }, { suppressed: 'no_address', channel: 'wechat' }],
    ['no channel enabled', { enabled: [] }, { suppressed: 'no_channel', channel: 'sms' }],
    ['nothing reachable', { reachable: [] }, { suppressed: 'no_address', channel: 'sms' }],
  ])('should choose for %s', (_name, patch, expected) => {
    expect(chooseChannels({ ...base, ...patch })).toEqual(expected);
  });
});
