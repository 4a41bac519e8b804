import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { translate } from '../web/src/i18n/store.ts';
import type { MessageKey } from '../web/src/i18n/zh.ts';

export type Lang = 'zh' | 'en';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const SCREENSHOTS = path.join(ROOT, 'test-output', 'screenshots');
export const DEMO_PASSWORD = 'demo1234';

/** The UI's text for a key, filled in as the UI fills it in. */
export const label = (lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string => translate(lang, key, vars);

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });

// The UI asks only questions whose expected answers are 200s (the session, the customer lookup), so a
// failed request is a console error a test must answer for. Only the version conflict is provoked on
// purpose by more than one test (two sessions editing one case); a test that provokes any other
// failure (a wrong password, another department's case) filters that status out itself.
const EXPECTED_CONSOLE = /Failed to load resource: the server responded with a status of 409/;

export type Session = { context: BrowserContext; page: Page; consoleErrors: string[] };

/**
 * One browser and one session shared by the tests of a describe block; each test answers for the
 * console errors of its own steps, so the list is emptied before each.
 */
export const useSharedSession = (baseURL: string) => {
  const shared = {} as { browser: Browser; s: Session };
  beforeAll(async () => {
    shared.browser = await launchBrowser();
    shared.s = await openSession(shared.browser, baseURL);
  });
  afterAll(async () => {
    await shared.browser?.close();
  });
  beforeEach(() => {
    if (shared.s) shared.s.consoleErrors.length = 0;
  });
  return shared;
};

export const openSession = async (
  browser: Browser,
  baseURL: string,
  viewport = { width: 1280, height: 900 },
): Promise<Session> => {
  const context = await browser.newContext({ baseURL, viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !EXPECTED_CONSOLE.test(m.text())) consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));
  return { context, page, consoleErrors };
};

export const screenshot = async (page: Page, name: string, fullPage = true): Promise<string> => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  // Let spinners, fonts and animations settle so the picture shows the finished screen.
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.waitForTimeout(400);
  await page.screenshot({ path: file, fullPage });
  return file;
};

export const setLanguage = async (page: Page, lang: Lang) => {
  const option = page.getByTestId('lang-switch').locator('.ant-segmented-item', { hasText: lang === 'en' ? 'English' : '中文' });
  await option.click();
  await page.locator(`html[lang="${lang === 'en' ? 'en' : 'zh-CN'}"]`).waitFor({ state: 'attached' });
};

export const login = async (page: Page, lang: Lang, username: string, password = DEMO_PASSWORD) => {
  await page.goto('/login');
  await page.getByTestId('login-username').waitFor();
  await setLanguage(page, lang);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL(/\/cases(\?|$)/);
  await page.getByTestId('current-user').waitFor();
};

export const logout = async (page: Page) => {
  await page.getByTestId('logout').click();
  await page.waitForURL(/\/login/);
  await page.getByTestId('login-username').waitFor();
};

/** Opens an antd Select and clicks the option whose text contains `text` (the first one without it). */
/**
 * Picks an option of an antd Select and checks the Select now shows it: a click that lands while the
 * dropdown is still opening (or its options re-render as their data arrives) is lost now and then,
 * so the pick is tried again rather than letting a later step wait for a field that never appears.
 */
export const pickOption = async (page: Page, select: Locator, text?: string) => {
  for (let attempt = 1; ; attempt++) {
    await select.click();
    const options = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option');
    const option = (text ? options.filter({ hasText: text }) : options).first();
    await option.waitFor();
    await option.click();
    if (!text) return;
    for (let i = 0; i < 20; i++) {
      if ((await select.textContent())?.includes(text)) return;
      await page.waitForTimeout(100);
    }
    if (attempt === 3) throw new Error(`the select does not show "${text}" after three picks`);
    await page.keyboard.press('Escape');
  }
};

export const searchQueue = async (page: Page, q: string) => {
  const box = page.getByTestId('queue-search').locator('input');
  await box.fill(q);
  await box.press('Enter');
  await page.waitForURL((u) => u.searchParams.get('q') === q);
  await page.waitForLoadState('networkidle');
  // The table shows the previous rows while the new query runs; wait until it is no longer loading.
  await page.locator('[data-testid=queue-table] .ant-spin-spinning').waitFor({ state: 'detached' }).catch(() => undefined);
};

export const queueRows = (page: Page) => page.locator('[data-testid=queue-table] tbody tr.ant-table-row');

export const randomMobile = () => `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;

/** The visible antd dialog whose text contains `text`. */
export const dialog = (page: Page, text: string) =>
  page.locator('.ant-modal-wrap:visible .ant-modal, .ant-modal-confirm:visible').filter({ hasText: text }).first();

/**
 * Clicks the confirm button of the visible dialog whose text contains `text` and waits for the dialog to
 * close. A click that lands while an antd confirm is still opening is now and then lost (no request is
 * sent), so the click is repeated while the dialog stays open and idle.
 */
export const confirmDialog = async (page: Page, text: string, button: string) => {
  const box = dialog(page, text);
  const ok = box.getByRole('button', { name: button });
  for (let attempt = 1; ; attempt++) {
    await ok.click();
    try {
      await box.waitFor({ state: 'hidden', timeout: 3000 });
      return;
    } catch (err) {
      if (attempt === 3) throw err;
      // Still busy with the request: give it time rather than clicking again.
      if ((await ok.getAttribute('class'))?.includes('ant-btn-loading')) {
        await box.waitFor({ state: 'hidden' });
        return;
      }
    }
  }
};

/** The table row that contains `text`. */
export const rowWith = (page: Page, testId: string, text: string) =>
  page.locator(`[data-testid=${testId}] tbody tr.ant-table-row`).filter({ hasText: text });

/**
 * Copies a screenshot into docs/screenshots, where the README shows it — only when asked
 * (`UPDATE_DOCS_SCREENSHOTS=1 npm run test:e2e`), so that an ordinary run leaves tracked files alone.
 */
export const copyToDocs = (file: string, name: string) => {
  if (process.env.UPDATE_DOCS_SCREENSHOTS !== '1') return;
  const dir = path.join(ROOT, 'docs', 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(file, path.join(dir, name));
};

/** Signs a browser context in through the API, for setting up data without driving the UI. */
export const apiLogin = async (context: BrowserContext, username: string, password = DEMO_PASSWORD) => {
  const res = await context.request.post('/api/auth/login', { data: { username, password } });
  if (!res.ok()) throw new Error(`login as ${username} failed: ${res.status()}`);
};
