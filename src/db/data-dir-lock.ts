import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export class DataDirLockedError extends Error {
  override name = 'DataDirLockedError';
}

/** Frees the lock; safe to call twice. */
export type ReleaseLock = () => Promise<void>;

/**
 * An embedded database belongs to one process: a second server on the same folder would corrupt it.
 * The lock is held by the operating system, not by a file we check and then write (two processes could
 * both see a stale file, both remove it and both go on). On Linux it is a listening socket in the
 * abstract namespace, on Windows a named pipe: a second `listen` on the same name fails at once with
 * EADDRINUSE, and the kernel frees the name when its process dies, however it dies (SIGKILL included).
 * Elsewhere (macOS, the BSDs) a pid file is the fallback. docs/decisions/011-embedded-database-lock.md.
 */
export async function lockDataDir(dataDir: string): Promise<ReleaseLock> {
  fs.mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true });
  const name = socketName(dataDir);
  return name ? lockWithSocket(dataDir, name) : lockWithPidFile(dataDir);
}

/** The socket name for a folder, from its real path (a symlink and its target are one lock); null where unsupported. */
export function socketName(dataDir: string, platform: NodeJS.Platform = process.platform): string | null {
  const hash = crypto.createHash('sha1').update(realPath(path.resolve(dataDir))).digest('hex');
  if (platform === 'linux') return `\0closeloop-${hash}`;
  if (platform === 'win32') return `\\\\?\\pipe\\closeloop-${hash}`;
  return null;
}

// The folder may not exist yet: its parent's real path joined with its own name.
function realPath(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    const parent = path.dirname(p);
    return parent === p ? p : path.join(realPath(parent), path.basename(p));
  }
}

async function lockWithSocket(dataDir: string, name: string): Promise<ReleaseLock> {
  // Whoever connects is told the holder's pid, so a refused second server can name the process to stop.
  const server = net.createServer((socket) => socket.end(String(process.pid)));
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen({ path: name, exclusive: true }, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw err;
    throw lockedError(dataDir, await holderPid(name));
  }
  // The lock must not keep a finished process alive.
  server.unref();
  let released = false;
  return async () => {
    if (released) return;
    released = true;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
}

async function holderPid(name: string): Promise<number | null> {
  return new Promise((resolve) => {
    let text = '';
    const socket = net.connect({ path: name });
    const done = (pid: number | null) => {
      socket.destroy();
      resolve(pid);
    };
    socket.setTimeout(1000, () => done(null));
    socket.on('data', (chunk) => (text += chunk.toString()));
    socket.on('end', () => done(/^\d+$/.test(text) ? Number(text) : null));
    socket.on('error', () => done(null));
  });
}

function lockedError(dataDir: string, pid: number | null): DataDirLockedError {
  return new DataDirLockedError(
    `the embedded database ${dataDir} is in use by ${pid ? `process ${pid}` : 'another process'}; stop that server first (or set DATA_DIR to another folder)`,
  );
}

/**
 * The portable fallback: a file beside the folder holding the owner's pid, created exclusively; a file
 * whose process is gone is stale and taken over (the take-over itself is not atomic, hence the sockets).
 */
function lockWithPidFile(dataDir: string): ReleaseLock {
  const lockFile = `${path.resolve(dataDir)}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      return async () => fs.rmSync(lockFile, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = Number(fs.readFileSync(lockFile, 'utf8').trim());
      if (Number.isInteger(owner) && owner > 0 && processAlive(owner)) throw lockedError(dataDir, owner);
      fs.rmSync(lockFile, { force: true });
    }
  }
  throw new DataDirLockedError(`could not lock the embedded database ${dataDir}`);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
