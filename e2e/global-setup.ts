import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TestProject } from 'vitest/node';

const ROOT = path.resolve(import.meta.dirname, '..');
const WEB_SRC = path.join(ROOT, 'web');
const WEB_INDEX = path.join(ROOT, 'dist', 'web', 'index.html');
const OUTPUT = path.join(ROOT, 'test-output');

declare module 'vitest' {
  // Declaration merging needs an interface here.
  export interface ProvidedContext {
    baseURL: string;
    /** The shared server's clock runs this file's milliseconds ahead (e2e/shifted-clock.mjs); 0 at start. */
    clockOffsetFile: string;
  }
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (addr && typeof addr === 'object' ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });

const newestMtime = (dir: string): number =>
  fs.readdirSync(dir, { withFileTypes: true }).reduce((max, e) => {
    const p = path.join(dir, e.name);
    return Math.max(max, e.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }, 0);

// A stale bundle would test yesterday's UI, so rebuild when any web/ source is newer than it.
const ensureBuild = () => {
  if (fs.existsSync(WEB_INDEX) && fs.statSync(WEB_INDEX).mtimeMs >= newestMtime(WEB_SRC)) return;
  console.log('[e2e] building the web UI…');
  // Vitest sets NODE_ENV=test, which would make Vite emit a development bundle.
  const r = spawnSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (r.status !== 0) throw new Error(`vite build failed with exit code ${r.status}`);
};

const waitForHealth = async (url: string, child: ChildProcess, logFile: string, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`server exited with code ${child.exitCode}:\n${fs.readFileSync(logFile, 'utf8').slice(-4000)}`);
    }
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`server did not answer /api/health within ${timeoutMs} ms:\n${fs.readFileSync(logFile, 'utf8').slice(-4000)}`);
};

export default async function setup(project: TestProject) {
  fs.mkdirSync(OUTPUT, { recursive: true });
  ensureBuild();
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'closeloop-e2e-'));
  const clockOffsetFile = path.join(dataDir, 'clock-offset');
  fs.writeFileSync(clockOffsetFile, '0');
  const logFile = path.join(OUTPUT, 'e2e-server.log');
  const log = fs.openSync(logFile, 'w');
  const child = spawn('npx', ['tsx', 'src/server.ts', '--no-web-build'], {
    cwd: ROOT,
    // A 5 s sweep, and a clock the escalation journey moves ahead (only ever forward) so that a 1-minute time
    // limit is missed, and the manager's step a minute later comes, without waiting for them.
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DEMO: 'on',
      SCHEDULER_INTERVAL_SECONDS: '5',
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${pathToFileURL(path.join(ROOT, 'e2e', 'shifted-clock.mjs')).href}`.trim(),
      E2E_CLOCK_OFFSET_FILE: clockOffsetFile,
    },
    stdio: ['ignore', log, log],
    // Its own process group, so teardown also stops the node process that npx starts.
    detached: true,
  });
  const baseURL = `http://127.0.0.1:${port}`;
  const stop = () => {
    if (child.pid && child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    }
  };
  try {
    // E2E_SERVER_TIMEOUT_MS: a machine under load seeds the demo more slowly.
    await waitForHealth(baseURL, child, logFile, Number(process.env.E2E_SERVER_TIMEOUT_MS ?? 180_000));
  } catch (e) {
    stop();
    throw e;
  }
  console.log(`[e2e] server ready at ${baseURL} (data in ${dataDir})`);
  project.provide('baseURL', baseURL);
  project.provide('clockOffsetFile', clockOffsetFile);

  return async () => {
    stop();
    await new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      const timer = setTimeout(() => {
        if (child.pid) {
          try {
            process.kill(-child.pid, 'SIGKILL');
          } catch {
            // Already gone.
          }
        }
        resolve();
      }, 10_000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    fs.closeSync(log);
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
