import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTRACT_FILES, generateContract, readCommittedContract, type GeneratedContract } from '../scripts/api-contract.ts';
import { createTestContext, type TestContext } from './harness.ts';

// The web app's API types and constants are generated from the server's OpenAPI document and committed;
// this fails when a route or schema changed and nobody regenerated them.
let ctx: TestContext;
let generated: GeneratedContract;
beforeAll(async () => {
  ctx = await createTestContext();
  const doc = (await ctx.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
  generated = await generateContract(doc);
});
afterAll(async () => ctx?.close());

describe('generated web contract', () => {
  const committed = readCommittedContract();
  for (const k of Object.keys(CONTRACT_FILES) as (keyof GeneratedContract)[]) {
    it(`should match ${CONTRACT_FILES[k]} byte for byte`, () => {
      expect(committed[k], `${CONTRACT_FILES[k]} is missing: run npm run gen:api`).not.toBeNull();
      // Not toEqual on the text: a diff of thousands of lines says less than the instruction.
      expect(committed[k] === generated[k], `${CONTRACT_FILES[k]} is out of date with the server's routes: run npm run gen:api`).toBe(true);
    });
  }

  it('should be deterministic: the same document gives the same files', async () => {
    const doc = (await ctx.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    const again = await generateContract(doc);
    expect(again).toEqual(generated);
  });
});
