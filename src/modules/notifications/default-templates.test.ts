import { describe, expect, it } from 'vitest';
import { defaultTemplate } from './default-templates.ts';
import { templateVariables } from './outbox.rules.ts';
import { CUSTOMER_CHANNELS, CUSTOMER_EVENTS, EVENT_VARIABLES, MESSAGE_LANGUAGES } from './outbox.types.ts';

const PRESETS = [null, 'express', 'supermarket', 'fresh-food', 'logistics', 'after-sales'];

// A customer is told who follows their case up, never which internal department holds it.
describe('built-in customer templates', () => {
  it('should not use a department variable in any event, channel, language or industry', () => {
    for (const event of CUSTOMER_EVENTS)
      for (const channel of CUSTOMER_CHANNELS)
        for (const language of MESSAGE_LANGUAGES)
          for (const preset of PRESETS) {
            const t = defaultTemplate(event, channel, language, preset);
            const used = [...templateVariables(t.body), ...templateVariables(t.subject ?? '')];
            expect(used.filter((v) => /department|dept/i.test(v)), `${event}/${channel}/${language}/${preset}`).toEqual([]);
          }
  });

  it('should offer no department variable to an administrator writing a template', () => {
    for (const event of CUSTOMER_EVENTS) expect(EVENT_VARIABLES[event].filter((v) => /department|dept/i.test(v)), event).toEqual([]);
  });

  it('should word the assigned message neutrally, with the case number and the link', () => {
    for (const channel of CUSTOMER_CHANNELS) {
      const zh = defaultTemplate('assigned', channel, 'zh', 'express');
      const en = defaultTemplate('assigned', channel, 'en', 'express');
      expect(zh.body).toContain('专人跟进');
      expect(en.body).toMatch(/dedicated|team member/);
      for (const t of [zh, en]) {
        expect(templateVariables(t.body)).toEqual(expect.arrayContaining(['caseNumber', 'link']));
        expect(t.body).not.toMatch(/转交|now with|handled by/);
      }
    }
  });
});
