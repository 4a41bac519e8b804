import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cl-demo-exposure-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

// Issue 12: a new embedded database gets the demo accounts, whose password is published.
describe('demo on the network', () => {
  it('should refuse to start a demo server on a non-loopback HOST, saying why, before creating anything', () => {
    const tsx = path.resolve('node_modules/.bin/tsx');
    const run = spawnSync(tsx, ['src/server.ts', '--no-web-build'], {
      env: { ...process.env, HOST: '0.0.0.0', PORT: '39517', DATA_DIR: dataDir, DATABASE_URL: '', DEMO: 'auto', DEMO_ALLOW_REMOTE: '' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/refusing to start.*demo accounts.*HOST=0\.0\.0\.0.*DEMO_ALLOW_REMOTE=1/s);
    expect(fs.readdirSync(dataDir)).toEqual([]);
  });
});
