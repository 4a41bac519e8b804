// npm run gen:api — regenerates web/src/api/schema.gen.ts and contract.gen.ts from the server's routes.
// npm run check:api — only compares, and fails when the committed files are stale.
import fs from 'node:fs';
import path from 'node:path';
import { CONTRACT_FILES, ROOT, fetchOpenApiDocument, generateContract, staleFiles, type GeneratedContract } from './api-contract.ts';

const check = process.argv.includes('--check');
const generated = await generateContract(await fetchOpenApiDocument());
const stale = staleFiles(generated);

if (check) {
  if (stale.length > 0) {
    console.error(`The generated API contract is out of date (${stale.join(', ')}): run npm run gen:api`);
    process.exit(1);
  }
  console.log('The generated API contract matches the server.');
} else {
  for (const k of Object.keys(CONTRACT_FILES) as (keyof GeneratedContract)[]) {
    fs.writeFileSync(path.join(ROOT, CONTRACT_FILES[k]), generated[k]);
  }
  console.log(stale.length > 0 ? `Wrote ${stale.join(', ')}` : 'Unchanged: the generated API contract already matched the server.');
}
