import fs from 'node:fs';
import { buildApp } from './app.ts';
import { ConfigError, loadConfig, type AppConfig } from './config.ts';
import { DataDirLockedError, lockDataDir, openDatabase, type Db } from './db/client.ts';
import { DEMO_PASSWORD, DEMO_USERS, hasDemoUsers, seedDemoUsers, seedFirstAdmin, seedReferenceData } from './modules/demo/seed.ts';
import { seedDemoCases } from './modules/demo/demo-seed.ts';
import { ensureWebBuild } from './web-build.ts';
import { startSlaScheduler } from './modules/sla/sla.scheduler.ts';
import { ensureConfiguration } from './modules/admin/preset-application.service.ts';

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  const argv = process.argv.slice(2);
  const say = (msg: string) => console.log(`[closeloop] ${msg}`);

  if (!argv.includes('--no-web-build')) await ensureWebBuild(say);

  // By default a new embedded database comes with the demo company; `DEMO=off` leaves it empty.
  const embeddedDir = config.database.kind === 'pglite' ? config.database.dataDir : null;
  if (embeddedDir && (config.demo !== 'off' || argv.includes('--demo')) && isNewDataDir(embeddedDir)) {
    await createEmbeddedDemo(embeddedDir, config, say);
  }

  say(`opening ${config.database.kind === 'postgres' ? 'PostgreSQL' : `embedded PGlite at ${config.database.dataDir}`}…`);
  const database = await openDatabase(
    config.database.kind === 'postgres' ? config.database : { kind: 'pglite', dataDir: config.database.dataDir },
  );
  // Demo data: on a brand-new embedded database (made above), or when asked (PostgreSQL: `--demo`).
  await seedDatabase(database.db, config, say, wantsDemo(config.demo, argv));
  const adminPassword = await seedFirstAdmin(database.db);

  const demo = await hasDemoUsers(database.db);
  const { app, services } = await buildApp({ database, config, demo });
  // Warnings and escalations run inside the server; several processes may share one PostgreSQL.
  const scheduler = startSlaScheduler({
    sla: services.sla,
    clock: () => new Date(),
    intervalMs: config.schedulerIntervalMs,
    log: app.log,
    // The company's model learns from cases the agents confirmed or corrected.
    afterSweep: () => services.triage.retrainIfDue(),
  });
  const close = async () => {
    await scheduler.stop();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', close);
  process.once('SIGTERM', close);

  await app.listen({ port: config.port, host: config.host });
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  say(`Closeloop is running at ${url}  (API docs: ${url}/api/docs)`);
  if (demo) say(`demo accounts (password ${DEMO_PASSWORD}): ${DEMO_USERS.map((u) => u.username).join(', ')}`);
  if (adminPassword) say(`first start: user "admin" created with password ${adminPassword} — change it after signing in`);
}

const wantsDemo = (demo: AppConfig['demo'], argv: string[]) => argv.includes('--demo') || demo === 'on';

const isNewDataDir = (dir: string) => !fs.existsSync(dir) || fs.readdirSync(dir).length === 0;

/** Reference data and the industry preset on every start; the demo's users and cases when asked. */
async function seedDatabase(db: Db, config: AppConfig, say: (msg: string) => void, demo: boolean): Promise<void> {
  await seedReferenceData(db);
  if (await ensureConfiguration(db, config.industryPreset, { demo, now: new Date(), timezone: config.timezone })) {
    say(`industry preset "${config.industryPreset}" applied (categories, routing rules, time limits) — edit them under 系统管理`);
  }
  if (!demo) return;
  await seedDemoUsers(db);
  const n = await seedDemoCases(db, {
    timezone: config.timezone,
    onStart: (count) => say(`seeding ${count} demo cases: replaying their past weeks with time limits and escalations (first start only, under a minute)…`),
  });
  if (n > 0) say(`seeded ${n} demo cases`);
}

/**
 * A new embedded database is created with its demo in a folder beside its own and renamed into place
 * only when complete, so an interrupted first start leaves nothing half-seeded: the next start begins again.
 */
async function createEmbeddedDemo(dir: string, config: AppConfig, say: (msg: string) => void): Promise<void> {
  const staging = `${dir}.seeding`;
  const release = lockDataDir(staging);
  try {
    fs.rmSync(staging, { recursive: true, force: true });
    say(`creating the embedded database with a demo company in ${dir}…`);
    const database = await openDatabase({ kind: 'pglite', dataDir: staging });
    try {
      await seedDatabase(database.db, config, say, true);
    } finally {
      await database.close();
    }
    fs.rmSync(dir, { recursive: true, force: true }); // an empty folder at most (isNewDataDir)
    fs.renameSync(staging, dir);
  } finally {
    release();
  }
}

main().catch((err: unknown) => {
  // A second server on the same embedded database is refused with a sentence, not a stack.
  console.error(err instanceof DataDirLockedError ? `[closeloop] ${err.message}` : err);
  process.exit(1);
});
