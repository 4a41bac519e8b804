import { describe, expect, it } from 'vitest';
import { langFromHeader } from './i18n.ts';

describe('langFromHeader', () => {
  it.each([
    [undefined, 'zh'],
    ['en-US,en;q=0.9', 'en'],
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh'],
    ['fr-FR, en;q=0.8', 'en'],
    ['en;q=0.3, zh-CN;q=0.7', 'zh'],
    ['en;q=0', 'zh'],
    ['de-DE', 'zh'],
  ] as const)('%s → %s', (header, lang) => {
    expect(langFromHeader(header)).toBe(lang);
  });
});
