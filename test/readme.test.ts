import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lifecycleMermaid } from '../src/modules/cases/case.lifecycle.ts';

describe('README', () => {
  it('should show the lifecycle diagram generated from the transition table', () => {
    const readme = fs.readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(readme).toContain('```mermaid\n' + lifecycleMermaid() + '\n```');
  });
});
