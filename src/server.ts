import fs from 'node:fs';
import { buildApp } from './app.ts';
import { ConfigError, demoExposureProblem, loadConfig, type AppConfig } from './config.ts';
import { DataDirLockedError, lockDataDir, openDatabase, type Db } from './db/client.ts';
import { DEMO_PASSWORD, DEMO_USERS, hasDemoUsers, seedDemoPartners, seedDemoUsers, seedFirstAdmin, seedReferenceData } from './modules/demo/seed.ts';
import { seedDemoCases } from './modules/demo/demo-seed.ts';
import type { JobLog } from './shared/job-runner.ts';
import { createShutdown } from './shared/shutdown.ts';
import { ensureWebBuild } from './web-build.ts';
import { purgeExpired, startBackgroundWork } from './background.ts';
import { createDomainServices } from './services.ts';
import { createLocalStorage } from './modules/attachments/storage.ts';
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

  if (config.role.web && !argv.includes('--no-web-build')) await ensureWebBuild(say);

  // By default a new embedded database comes with the demo company; `DEMO=off` leaves it empty.
  const embeddedDir = config.database.kind === 'pglite' ? config.database.dataDir : null;
  if (embeddedDir && (config.demo !== 'off' || argv.includes('--demo')) && isNewDataDir(embeddedDir)) {
    // Refused before a minute of seeding, not after.
    if (config.role.web) refuseDemoExposure(config, true);
    await createEmbeddedDemo(embeddedDir, config, say);
  }

  say(`opening ${config.database.kind === 'postgres' ? 'PostgreSQL' : `embedded PGlite at ${config.database.dataDir}`}…`);
  const database = await openDatabase(
    config.database.kind === 'postgres' ? config.database : { kind: 'pglite', dataDir: config.database.dataDir },
  );
  // Demo data: on a brand-new embedded database (made above), or when asked (PostgreSQL: `--demo`).
  // Processes starting together on one PostgreSQL seed one after the other: the first does it, the rest find it done.
  const adminPassword = await database.runExclusive(async () => {
    await seedDatabase(database.db, config, say, wantsDemo(config.demo, argv));
    return seedFirstAdmin(database.db);
  });

  const demo = await hasDemoUsers(database.db);
  const { web, worker } = config.role;
  if (web && demoExposureProblem(config, demo)) {
    await database.close();
    refuseDemoExposure(config, demo);
  }
  // A web process serves HTTP; a worker runs the background work; one process may do both (the default).
  const http = web ? await buildApp({ database, config, demo }) : null;
  const log = http ? http.app.log : workerLog(config.logLevel);
  const background = worker
    ? startBackgroundWork({
        services: http
          ? http.services
          : createDomainServices({ db: database.db, clock: () => new Date(), timezone: config.timezone, storage: createLocalStorage(config.attachmentsDir), publicUrl: config.publicUrl }),
        clock: () => new Date(),
        intervalMs: config.schedulerIntervalMs,
        log,
        purge: (now) => purgeExpired(database.db, now, { idempotencyKeyRetentionMs: config.idempotencyKeyRetentionMs }),
      })
    : null;
  // Stop accepting, let requests in flight and background runs finish, close the database — within
  // SHUTDOWN_TIMEOUT_MS; a second signal exits at once.
  const onSignal = createShutdown({
    phases: [
      [
        ...(http ? [{ name: 'HTTP requests in flight', run: () => http.app.close() }] : []),
        ...(background ? [{ name: 'background jobs', run: () => background.stop() }] : []),
      ],
      [{ name: 'database', run: () => database.close() }],
    ],
    deadlineMs: config.shutdownTimeoutMs,
    say: (line) => console.error(`[closeloop] ${line}`),
    exit: (code) => process.exit(code),
  });
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  // Said by whichever process created the account, web or worker.
  if (adminPassword) say(`first start: user "admin" created with password ${adminPassword} — change it after signing in`);
  if (!http) {
    say(`background worker running (time-limit sweep every ${config.schedulerIntervalMs / 1000} s, classifier retraining); no HTTP in PROCESS_ROLE=worker`);
    return;
  }
  await http.app.listen({ port: config.port, host: config.host });
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  say(`Closeloop is running at ${url}  (API docs: ${url}/api/docs)${worker ? '' : ' — web only: run a PROCESS_ROLE=worker process for the background work'}`);
  if (demo) say(`demo accounts (password ${DEMO_PASSWORD}): ${DEMO_USERS.map((u) => u.username).join(', ')}`);
}

/** Stops the start when the demo accounts would be reachable from the network (see demoExposureProblem). */
function refuseDemoExposure(config: AppConfig, demo: boolean): void {
  const problem = demoExposureProblem(config, demo);
  if (!problem) return;
  console.error(`[closeloop] ${problem}`);
  process.exit(1);
}

/** The worker's log lines, as JSON like the web process's, at the configured level. */
function workerLog(level: string): JobLog {
  const quiet = level === 'silent' || level === 'fatal' || level === 'error';
  const line = (lvl: number, obj: Record<string, unknown>, msg: string) =>
    console.log(JSON.stringify({ level: lvl, time: Date.now(), role: 'worker', ...obj, msg }));
  return {
    info: (obj, msg) => (quiet || level === 'warn' ? undefined : line(30, obj, msg)),
    error: (obj, msg) => (level === 'silent' || level === 'fatal' ? undefined : line(50, obj, msg)),
  };
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
  await seedDemoPartners(db);
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
  const release = await lockDataDir(staging);
  try {
    fs.rmSync(staging, { recursive: true, force: true });
    say(`creating the embedded database with a demo company in ${dir}…`);
    const database = await openDatabase({ kind: 'pglite', dataDir: staging, lockHeld: true });
    try {
      await seedDatabase(database.db, config, say, true);
    } finally {
      await database.close();
    }
    fs.rmSync(dir, { recursive: true, force: true }); // an empty folder at most (isNewDataDir)
    fs.renameSync(staging, dir);
  } finally {
    await release();
  }
}

main().catch((err: unknown) => {
  // A second server on the same embedded database is refused with a sentence, not a stack.
  console.error(err instanceof DataDirLockedError ? `[closeloop] ${err.message}` : err);
  process.exit(1);
});
