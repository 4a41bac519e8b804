import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { label, launchBrowser, login, openSession, randomMobile, rowWith, ROOT, screenshot } from './support.ts';

const L = (key: Parameters<typeof label>[1], vars?: Record<string, string | number>) => label('zh', key, vars);

const DAY = 86_400_000;
const PASSWORD = 'overdue-e2e-1';

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (addr && typeof addr === 'object' ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });

// A callback is a clock (rule of issue 13 item 3): past its due time the worker's sweep warns the owners, a
// day later escalates to the supervisor and two days later to the manager. Days cannot pass in a browser
// test, so this journey runs on a server of its own (no demo: it starts in seconds) whose clock is moved
// ahead by e2e/shifted-clock.mjs once the case is resolved; its sweep, every 5 s, does the rest.
describe('an overdue callback escalates 回访逾期', () => {
  const offsetFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'closeloop-clock-')), 'offset');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'closeloop-e2e-overdue-'));
  const logFile = path.join(ROOT, 'test-output', 'e2e-overdue-server.log');
  let child: ChildProcess;
  let baseURL = '';
  let browser: Browser;
  let api: BrowserContext;

  beforeAll(async () => {
    fs.writeFileSync(offsetFile, '0');
    fs.mkdirSync(path.dirname(logFile), { recursive: true });
    const log = fs.openSync(logFile, 'w');
    const port = await freePort();
    baseURL = `http://127.0.0.1:${port}`;
    child = spawn('npx', ['tsx', 'src/server.ts', '--no-web-build'], {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        DEMO: 'off',
        SCHEDULER_INTERVAL_SECONDS: '5',
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${pathToFileURL(path.join(ROOT, 'e2e', 'shifted-clock.mjs')).href}`.trim(),
        E2E_CLOCK_OFFSET_FILE: offsetFile,
      },
      stdio: ['ignore', log, log],
      detached: true,
    });
    // The first start creates the one administrator and prints its password.
    let adminPassword = '';
    for (const deadline = Date.now() + Number(process.env.E2E_SERVER_TIMEOUT_MS ?? 180_000); ; ) {
      if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode}:\n${fs.readFileSync(logFile, 'utf8').slice(-3000)}`);
      adminPassword = /user "admin" created with password (\S+)/.exec(fs.readFileSync(logFile, 'utf8'))?.[1] ?? '';
      const health = await fetch(`${baseURL}/api/health`).catch(() => null);
      if (adminPassword && health?.status === 200) break;
      if (Date.now() > deadline) throw new Error(`server did not start:\n${fs.readFileSync(logFile, 'utf8').slice(-3000)}`);
      await new Promise((r) => setTimeout(r, 500));
    }

    browser = await launchBrowser();
    api = await browser.newContext({ baseURL });
    const as = async (username: string, password = PASSWORD) => {
      const res = await api.request.post('/api/auth/login', { data: { username, password } });
      if (!res.ok()) throw new Error(`login as ${username}: ${res.status()}`);
    };
    await as('admin', adminPassword);
    const deps = (await (await api.request.get('/api/departments')).json()) as { items: Array<{ id: string; code: string }> };
    const service = deps.items.find((d) => d.code === 'service')!.id;
    for (const [username, displayName, role, departmentId] of [
      ['agent', '客服 逾期测试', 'agent', service],
      ['supervisor', '主管 逾期测试', 'supervisor', service],
      ['manager', '经理 逾期测试', 'manager', null],
    ] as const) {
      const res = await api.request.post('/api/users', { data: { username, displayName, role, departmentId, password: PASSWORD } });
      if (res.status() !== 201) throw new Error(`user ${username}: ${res.status()} ${await res.text()}`);
    }
  });

  afterAll(async () => {
    await browser?.close();
    if (child?.pid && child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          try {
            process.kill(-child.pid!, 'SIGKILL');
          } catch {
            // Already gone.
          }
          resolve();
        }, 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(path.dirname(offsetFile), { recursive: true, force: true });
  });

  it('the sweep escalates a callback days past its due time; the supervisor sees it on the board and overdue in the queue', async () => {
    // A case filed and resolved as a handler does (express needs 定责 first): its callback is scheduled.
    const post = async (url: string, data: unknown, method: 'post' | 'put' = 'post') => {
      const res = await api.request[method](url, { data });
      if (!res.ok()) throw new Error(`${url} → ${res.status()} ${await res.text()}`);
      return res.json();
    };
    await api.request.post('/api/auth/login', { data: { username: 'agent', password: PASSWORD } });
    const c = await post('/api/cases', {
      channel: 'hotline',
      customer: { name: '逾期回访客户', phone: randomMobile() },
      description: '快递延误三天，客户要求尽快送达',
      waybillNo: `OD${Date.now()}`,
    });
    const deps = (await (await api.request.get('/api/departments')).json()) as { items: Array<{ id: string; code: string }> };
    const service = deps.items.find((d) => d.code === 'service')!.id;
    if (c.status !== 'assigned') await post(`/api/cases/${c.id}/transitions`, { to: 'assigned', departmentId: service });
    await post(`/api/cases/${c.id}/transitions`, { to: 'investigating' });
    await post(`/api/cases/${c.id}/responsibility`, { rootCause: 'process', rootCauseText: '中转交接遗漏', party: 'internal', departmentId: service }, 'put');
    await post(`/api/cases/${c.id}/transitions`, { to: 'resolved', reason: '已加急派送并致歉' });
    type Queue = { items: Array<{ caseNumber: string; dueOn: string; dueAt: string; overdueLevel: number; bucket: string }> };
    const queue = async (bucket: string) => ((await (await api.request.get(`/api/callbacks?bucket=${bucket}`)).json()) as Queue).items;
    const scheduled = [...(await queue('upcoming')), ...(await queue('due_today'))].find((x) => x.caseNumber === c.caseNumber)!;
    expect(scheduled.overdueLevel).toBe(0);

    // Days pass: past the due time by more than the two days after which the manager hears of it.
    const ahead = new Date(scheduled.dueAt).getTime() - Date.now() + 2 * DAY + 3_600_000;
    expect(ahead).toBeGreaterThan(2 * DAY);
    // Written beside and renamed, so the server never reads half a number.
    fs.writeFileSync(`${offsetFile}.new`, String(ahead));
    fs.renameSync(`${offsetFile}.new`, offsetFile);

    // The next sweep (every 5 s) takes all three steps at once: warned, supervisor, manager.
    await api.request.post('/api/auth/login', { data: { username: 'supervisor', password: PASSWORD } });
    await expect
      .poll(
        async () => {
          return (await queue('overdue')).find((x) => x.caseNumber === c.caseNumber)?.overdueLevel ?? 0;
        },
        { timeout: 60_000, interval: 1_000 },
      )
      .toBe(3);

    const s = await openSession(browser, baseURL);
    const { page } = s;
    await login(page, 'zh', 'supervisor', PASSWORD);

    // 升级看板: the case, escalated for the overdue callback.
    await page.getByRole('menuitem', { name: L('nav.escalations') }).click();
    await page.waitForURL(/\/escalations$/);
    // Two steps: to the supervisor a day after the due time, to the manager a day later.
    const escalated = rowWith(page, 'escalations-table', c.caseNumber).filter({ hasText: L('escalation.reason.callback_overdue') });
    await escalated.first().waitFor();
    expect(await escalated.count()).toBe(2);
    await screenshot(page, 'callback-overdue-escalations');

    // 回访: in the overdue tab, its due date marked.
    await page.getByTestId('nav-callbacks').click();
    await page.waitForURL(/\/callbacks$/);
    await page.getByTestId('callback-tab-overdue').click();
    const row = rowWith(page, 'callback-table', c.caseNumber);
    await row.waitFor();
    await row.locator('.ant-typography-danger').filter({ hasText: scheduled.dueOn }).waitFor();
    await screenshot(page, 'callback-overdue-queue');

    // The case page says so too: the overdue mark on its callback and the events on its timeline.
    await row.getByTestId('callback-case').click();
    const panel = page.getByTestId('callback-panel');
    await panel.getByText(L('callback.tab.overdue'), { exact: true }).waitFor();
    await page.getByText(L('event.callback_overdue'), { exact: true }).first().waitFor();
    expect(s.consoleErrors).toEqual([]);
  });
});
