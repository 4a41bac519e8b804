import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { openDatabase } from './db/client.ts';
import { DEMO_PASSWORD, DEMO_USERS, hasDemoUsers, hasUsers, seedDemoUsers, seedFirstAdmin, seedReferenceData } from './modules/demo/seed.ts';
import { seedDemoCases } from './modules/demo/demo-seed.ts';
import { ensureWebBuild } from './web-build.ts';
import { startSlaScheduler } from './modules/sla/sla.scheduler.ts';
import { ensureConfiguration } from './modules/settings/settings.service.ts';

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

  say(`opening ${config.database.kind === 'postgres' ? 'PostgreSQL' : `embedded PGlite at ${config.database.dataDir}`}…`);
  const database = await openDatabase(
    config.database.kind === 'postgres' ? config.database : { kind: 'pglite', dataDir: config.database.dataDir },
  );
  await seedReferenceData(database.db);

  // Demo data: by default only on a brand-new embedded database; with PostgreSQL only when asked.
  const wantDemo =
    argv.includes('--demo') || config.demo === 'on' || (config.demo === 'auto' && database.kind === 'pglite' && !(await hasUsers(database.db)));
  if (await ensureConfiguration(database.db, config.industryPreset, { demo: wantDemo, now: new Date() })) {
    say(`industry preset "${config.industryPreset}" applied (categories, routing rules, time limits) — edit them under 系统管理`);
  }
  if (wantDemo) {
    await seedDemoUsers(database.db);
    const n = await seedDemoCases(database.db, {
      timezone: config.timezone,
      onStart: (count) => say(`seeding ${count} demo cases: replaying their past weeks with time limits and escalations (first start only, under a minute)…`),
    });
    if (n > 0) say(`seeded ${n} demo cases`);
  }
  const adminPassword = await seedFirstAdmin(database.db);

  const { app, services } = await buildApp({ database, config, demo: wantDemo || (await hasDemoUsers(database.db)) });
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
  if (wantDemo) say(`demo accounts (password ${DEMO_PASSWORD}): ${DEMO_USERS.map((u) => u.username).join(', ')}`);
  if (adminPassword) say(`first start: user "admin" created with password ${adminPassword} — change it after signing in`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
