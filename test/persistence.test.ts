import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/client.ts';
import { caseEvents, cases } from '../src/db/schema.ts';
import { createCaseService } from '../src/modules/cases/case.service.ts';
import { casePorts } from '../src/services.ts';
import { seedDemoUsers, seedReferenceData } from '../src/modules/demo/seed.ts';
import { userRepository } from '../src/modules/users/user.repository.ts';
import { toActor } from '../src/modules/users/user.service.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cl-persist-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// initdb and every migration on disk, twice over: slow on a loaded machine, so more than the default 30 s.
describe('embedded database on disk', { timeout: 120_000 }, () => {
  it('should keep every case and event after the database is closed and reopened', async () => {
    const first = await openDatabase({ kind: 'pglite', dataDir: dir });
    await seedReferenceData(first.db);
    await seedDemoUsers(first.db);
    const agent = toActor((await userRepository.findByUsername(first.db, 'agent'))!);
    const service = createCaseService({ db: first.db, clock: () => new Date(), timezone: 'Asia/Shanghai', ...casePorts });
    const created = [];
    for (let i = 0; i < 3; i++) {
      const { value } = await service.create(agent, {
        channel: 'hotline',
        customer: { name: '持久化', phone: `1350000000${i}` },
        description: `重启后仍在 ${i}`,
      });
      await service.transition(agent, value.id, { to: 'acknowledged' });
      created.push(value.caseNumber);
    }
    await first.close();

    const second = await openDatabase({ kind: 'pglite', dataDir: dir });
    const rows = await second.db.select({ n: cases.caseNumber }).from(cases);
    expect(rows.map((r) => r.n).sort()).toEqual(created.sort());
    expect(await second.db.$count(caseEvents)).toBe(6);
    await second.close();
  });

  it('should refuse to change or delete a timeline event', async () => {
    const db = await openDatabase({ kind: 'pglite', dataDir: null });
    await seedReferenceData(db.db);
    await seedDemoUsers(db.db);
    const agent = toActor((await userRepository.findByUsername(db.db, 'agent'))!);
    const service = createCaseService({ db: db.db, clock: () => new Date(), timezone: 'Asia/Shanghai', ...casePorts });
    await service.create(agent, { channel: 'web', customer: { name: 'x', phone: '13500000009' }, description: 'x' });
    await expect(db.db.update(caseEvents).set({ kind: 'tampered' })).rejects.toThrow();
    await expect(db.db.delete(caseEvents)).rejects.toThrow();
    expect(await db.db.$count(caseEvents)).toBe(1);
    await db.close();
  });
});
