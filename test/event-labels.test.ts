import { describe, expect, it } from 'vitest';
import { ENUMS } from '../web/src/api/contract.gen.ts';
import { en } from '../web/src/i18n/en.ts';
import { zh } from '../web/src/i18n/zh.ts';
import { CASE_EVENT_KINDS, EVENT_LABELS } from '../web/src/pages/case/event-kinds.ts';

// Every kind of timeline event the server may send is shown with a label in both languages. The kinds come
// from the generated contract once the API declares them (ENUMS.CaseEvent.kind), else from the web's list.
describe('timeline event labels', () => {
  const labels: Record<string, readonly string[] | undefined> = EVENT_LABELS;
  const dictionaries: Record<string, Record<string, string | undefined>> = { zh, en };

  it.each([...CASE_EVENT_KINDS])('should label %s in Chinese and English', (kind) => {
    const keys = labels[kind] ?? [];
    expect(keys.length, `event kind ${kind} has no label in web/src/pages/case/event-kinds.ts`).toBeGreaterThan(0);
    for (const [lang, dict] of Object.entries(dictionaries)) {
      for (const key of keys) expect(dict[key]?.trim(), `${key} (${kind}) missing in ${lang}.ts`).toBeTruthy();
    }
  });

  it('should know every kind the API declares', () => {
    const declared = (ENUMS as { CaseEvent?: { kind?: readonly string[] } }).CaseEvent?.kind ?? [];
    expect(declared.filter((k) => !(CASE_EVENT_KINDS as readonly string[]).includes(k))).toEqual([]);
  });

  it('should label the time-limit policy change the server writes', () => {
    expect(CASE_EVENT_KINDS).toContain('sla_policy_changed');
  });
});
