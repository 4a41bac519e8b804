import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir, openDatabase } from './client.ts';

const HOLDER = path.resolve(import.meta.dirname, '../../test/fixtures/lock-holder.ts');
const children: ChildProcess[] = [];

afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
});

/** Starts a process that locks `dir` when told to; resolves once it is ready for the word. */
async function holder(dir: string): Promise<{ child: ChildProcess; go: () => Promise<string> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', HOLDER, dir], { stdio: ['pipe', 'pipe', 'inherit'] });
  children.push(child);
  const lines: string[] = [];
  const waiters: Array<() => void> = [];
  let buf = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    buf += chunk.toString();
    let i;
    while ((i = buf.indexOf('\n')) >= 0) {
      lines.push(buf.slice(0, i));
      buf = buf.slice(i + 1);
      waiters.splice(0).forEach((w) => w());
    }
  });
  const nextLine = async (): Promise<string> => {
    while (lines.length === 0) {
      if (child.exitCode !== null) throw new Error(`lock holder exited with ${child.exitCode}`);
      await new Promise<void>((r) => waiters.push(r));
    }
    return lines.shift()!;
  };
  expect(await nextLine()).toBe('ready');
  return {
    child,
    go: async () => {
      child.stdin!.write('go\n');
      return nextLine();
    },
  };
}

/** A pid no process has any more. */
async function deadPid(): Promise<number> {
  const c = spawn(process.execPath, ['-e', '']);
  await new Promise((r) => c.once('exit', r));
  return c.pid!;
}

const tempDir = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cl-lock-')), 'pglite');

describe('the embedded database folder lock', () => {
  it('should refuse a second lock on the same folder in the same process until the first is released', async () => {
    const dir = tempDir();
    const release = await lockDataDir(dir);
    await expect(Promise.resolve().then(() => lockDataDir(dir))).rejects.toBeInstanceOf(DataDirLockedError);
    await release();
    const again = await lockDataDir(dir);
    await again();
  });

  it('should let exactly one of several processes racing for a folder win, even over a stale lock file', { timeout: 120_000 }, async () => {
    for (let round = 0; round < 2; round++) {
      const dir = tempDir();
      // A lock file left by a process that died: the old check-then-write lock let racers both take it over.
      fs.writeFileSync(`${dir}.lock`, String(await deadPid()));
      const racers = await Promise.all([1, 2, 3, 4].map(() => holder(dir)));
      const answers = await Promise.all(racers.map((r) => r.go()));
      expect(answers.filter((a) => a === 'won')).toHaveLength(1);
      expect(answers.filter((a) => a.startsWith('lost DataDirLockedError'))).toHaveLength(3);
      for (const r of racers) r.child.kill('SIGKILL');
    }
  });

  it('should name the holding process and free the lock when the holder is killed', async () => {
    const dir = tempDir();
    const first = await holder(dir);
    expect(await first.go()).toBe('won');
    const refused = await Promise.resolve().then(() => lockDataDir(dir)).then(
      () => null,
      (err: unknown) => err,
    );
    expect(refused).toBeInstanceOf(DataDirLockedError);
    expect((refused as Error).message).toContain(`process ${first.child.pid}`);
    first.child.kill('SIGKILL');
    await new Promise((r) => first.child.once('exit', r));
    const release = await lockDataDir(dir);
    await release();
  });

  // The first start seeds the demo in a staging folder it locks for the whole of its creation and renaming.
  it('should open a folder whose lock the caller already holds, and refuse it to anyone else', { timeout: 120_000 }, async () => {
    const dir = tempDir();
    const release = await lockDataDir(dir);
    try {
      await expect(openDatabase({ kind: 'pglite', dataDir: dir })).rejects.toBeInstanceOf(DataDirLockedError);
      const database = await openDatabase({ kind: 'pglite', dataDir: dir, lockHeld: true });
      await database.close();
    } finally {
      await release();
    }
  });
});
