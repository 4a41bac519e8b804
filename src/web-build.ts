import fs from 'node:fs';
import path from 'node:path';
import { WEB_DIST } from './app.ts';

const WEB_SRC = path.resolve(WEB_DIST, '../../web');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

/** `npm start` builds the UI when dist/web is missing or older than web/. */
export async function ensureWebBuild(log: (msg: string) => void): Promise<void> {
  if (!fs.existsSync(path.join(WEB_SRC, 'index.html'))) return;
  const index = path.join(WEB_DIST, 'index.html');
  if (fs.existsSync(index) && fs.statSync(index).mtimeMs >= newestMtime(WEB_SRC)) return;
  log('Building the web UI (first start or sources changed)…');
  const { build } = await import('vite');
  await build({ configFile: path.join(WEB_SRC, 'vite.config.ts'), logLevel: 'warn' });
}
