import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cl-shutdown-'));
let child: ChildProcess | undefined;
afterAll(() => {
  // A test that timed out never reached its own clean-up.
  child?.kill('SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise((r) => s.close(r));
  return port;
}

// About the process, not the database: run once, in the main suite (the PostgreSQL suite skips it).
describe.skipIf(!!process.env.TEST_DATABASE_URL)('the server process on SIGTERM', () => {
  it('should exit non-zero with a clear line when a request in flight outlasts SHUTDOWN_TIMEOUT_MS', { timeout: 240_000 }, async () => {
    const port = await freePort();
    const server = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts', '--no-web-build'], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dataDir, DEMO: 'off', PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'silent', SHUTDOWN_TIMEOUT_MS: '1500', DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = server;
    let out = '';
    server.stdout.on('data', (c: Buffer) => (out += c.toString()));
    server.stderr.on('data', (c: Buffer) => (out += c.toString()));
    const exited = new Promise<number | null>((r) => server.once('exit', (code) => r(code)));
    try {
      while (!out.includes('Closeloop is running at')) {
        if (server.exitCode !== null) throw new Error(`server exited early:\n${out}`);
        await new Promise((r) => setTimeout(r, 200));
      }
      // A request whose body never finishes arriving: in flight for as long as the client likes.
      const socket = net.connect(port, '127.0.0.1');
      socket.on('error', () => {});
      await new Promise<void>((r) => socket.once('connect', () => r()));
      socket.write('POST /api/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{"username":');
      await new Promise((r) => setTimeout(r, 500));
      server.kill('SIGTERM');
      const code = await exited;
      socket.destroy();
      expect(code).toBe(1);
      expect(out).toMatch(/SIGTERM: shutting down/);
      expect(out).toMatch(/did not finish within 1\.5 s.*HTTP requests in flight still running/);
    } finally {
      server.kill('SIGKILL');
    }
  });
});
