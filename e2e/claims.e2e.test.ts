import type { APIRequestContext } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { apiLogin, copyToDocs, dialog, label, login, logout, pickOption, randomMobile, rowWith, screenshot, useSharedSession } from './support.ts';

const L = (key: Parameters<typeof label>[1], vars?: Record<string, string | number>) => label('zh', key, vars);

const ok = async (res: Awaited<ReturnType<APIRequestContext['post']>>, status = 200): Promise<any> => {
  if (res.status() !== status) throw new Error(`${res.url()} → ${res.status()} ${await res.text()}`);
  return res.json();
};

// Issue 11 items 8–9 in the browser. A lost uninsured ¥12 parcel, appealed to 12305, the carrier responsible and
// ¥800 paid to the customer (built through the API as the remedies journey builds it). The agent records the reply
// to the regulator (答复监管) and files the claim from the calculator (¥60 by rule 11); the supervisor records the
// carrier's acceptance and its payment; 追偿管理 shows it recovered.
describe('claims 追偿 and the reply to the regulator', () => {
  const baseURL = inject('baseURL');
  const shared = useSharedSession(baseURL);

  it('agent replies to 12305 and files the claim; supervisor accepts, marks it paid; the claims list shows it recovered', async () => {
    const { page, context, consoleErrors } = shared.s;
    const api = context.request;

    await apiLogin(context, 'admin');
    const partners = (await (await api.get('/api/partners?includeInactive=true&kind=carrier')).json()) as { items: Array<{ id: string; name: string }> };
    const terms = { compensationTerms: '未保价快件按运费 5 倍赔偿，单票最高 500 元', claimMultiple: 5, claimCapFen: 50_000, active: true };
    const existing = partners.items.find((p) => p.name === '迅达快运');
    const carrier = existing
      ? await ok(await api.patch(`/api/admin/partners/${existing.id}`, { data: terms }))
      : await ok(await api.post('/api/admin/partners', { data: { kind: 'carrier', name: '迅达快运', ...terms } }), 201);

    await apiLogin(context, 'agent');
    const c = (await ok(
      await api.post('/api/cases', {
        data: {
          channel: 'hotline',
          customer: { name: '端到端客户', phone: randomMobile() },
          description: '包裹丢失，客户已向 12305 申诉，称内有价值 800 元的羊毛大衣',
          waybillNo: `CL${Date.now()}`,
          regulatorReferral: '12305',
          serviceType: 'inter_province',
          freightFen: 1_200,
          insured: false,
          goodsName: '羊毛大衣',
          partnerId: carrier.id,
        },
      }),
      201,
    )) as { id: string; caseNumber: string; status: string };
    if (c.status !== 'assigned') {
      const deps = (await (await api.get('/api/departments')).json()) as { items: Array<{ id: string; code: string }> };
      await ok(await api.post(`/api/cases/${c.id}/transitions`, { data: { to: 'assigned', departmentId: deps.items.find((d) => d.code === 'service')!.id } }));
    }
    await ok(await api.post(`/api/cases/${c.id}/transitions`, { data: { to: 'investigating' } }));
    await ok(await api.put(`/api/cases/${c.id}/responsibility`, { data: { rootCause: 'partner', rootCauseText: '干线运输途中丢失', party: 'carrier', partnerId: carrier.id } }));
    const remedy = await ok(await api.post(`/api/cases/${c.id}/remedies`, { data: { items: [{ kind: 'apology' }, { kind: 'compensation', amountFen: 80_000 }] } }), 201);
    await apiLogin(context, 'supervisor');
    await ok(await api.post(`/api/remedies/${remedy.id}/decisions`, { data: { decision: 'approve', step: 0, comment: '凭发票核实' } }));
    await apiLogin(context, 'agent');
    await ok(await api.post(`/api/remedies/${remedy.id}/offer`));
    await ok(await api.post(`/api/remedies/${remedy.id}/answer`, { data: { answer: 'accepted', executionDueAt: '2030-01-15T18:00:00+08:00' } }));
    await context.clearCookies(); // the browser signs in through the UI below

    await login(page, 'zh', 'agent');
    await page.goto(`/cases/${c.caseNumber}`);
    // 答复监管: the referral bar opens the dialog; the reply meets the appeal-reply time limit.
    const bar = page.getByTestId('regulator-bar');
    await bar.getByText(L('regulator.12305')).waitFor();
    await bar.getByTestId('regulator-reply-open').click();
    const modal = dialog(page, L('regulator.earlier'));
    await modal.getByText(L('regulator.noReplies')).waitFor();
    await modal.getByTestId('regulator-content').fill('经核实，快件在干线运输途中丢失，已按规定赔付客户并致歉。');
    await modal.getByRole('button', { name: L('regulator.record') }).click();
    await modal.waitFor({ state: 'hidden' });
    await page.getByTestId('regulator-replied-body').getByText(L('regulator.clock.met.onTime')).waitFor();
    await bar.getByText(`${L('regulator.earlier')}: 1`).waitFor();
    await bar.getByTestId('regulator-reply-open').click();
    await modal.getByTestId('regulator-replies').getByText('快件在干线运输途中丢失', { exact: false }).waitFor();
    copyToDocs(await screenshot(page, 'regulator-reply', false), 'regulator-reply.png');
    await page.keyboard.press('Escape');
    await modal.waitFor({ state: 'hidden' });

    // 追偿: the calculator names the contract term and rule 11; the agent files it.
    const card = page.getByTestId('claims-card');
    await card.waitFor();
    await card.getByTestId('claim-calculate').click();
    await expect.poll(() => card.getByTestId('claim-basis-amount').textContent()).toBe('¥60');
    await card.getByTestId('claim-basis-term').getByText('11', { exact: false }).waitFor();
    await card.getByTestId('claim-note').fill('附运单轨迹与赔付凭证');
    await card.getByTestId('claim-file').click();
    await expect.poll(() => card.getByTestId('claim-status').first().textContent()).toBe(L('claim.status.filed'));
    await page.getByText(L('event.claim_filed'), { exact: true }).first().waitFor();
    await logout(page);

    await login(page, 'zh', 'supervisor');
    await page.goto(`/cases/${c.caseNumber}`);
    await card.waitFor();
    // The carrier accepts the full amount (the agreed amount defaults to the claim) …
    await card.getByTestId('claim-move-submit').click();
    await expect.poll(() => card.getByTestId('claim-status').first().textContent()).toBe(L('claim.status.accepted'));
    // … and pays it: the next move offered is the payment.
    await card.getByTestId('claim-move').getByText(L('claim.move.paid')).waitFor();
    await card.getByTestId('claim-recovered-input').fill('60');
    await card.getByTestId('claim-move-submit').click();
    await expect.poll(() => card.getByTestId('claim-status').first().textContent()).toBe(L('claim.status.paid'));
    await expect.poll(() => card.getByTestId('claim-recovered').first().textContent()).toBe('¥60');
    for (const key of ['event.claim_filed', 'event.claim_accepted', 'event.claim_paid', 'event.regulator_replied'] as const) {
      await page.getByText(L(key), { exact: true }).first().waitFor();
    }
    await card.scrollIntoViewIfNeeded();
    copyToDocs(await screenshot(page, 'claims-case', false), 'claims-case.png');

    // 追偿管理: the claim recovered, the carrier's totals.
    await page.getByTestId('nav-claims').click();
    await page.waitForURL(/\/claims$/);
    await pickOption(page, page.getByTestId('claims-filter-partner'), '迅达快运');
    const row = rowWith(page, 'claims-table', c.caseNumber);
    await row.waitFor();
    await row.getByTestId('claims-row-status').getByText(L('claim.status.paid')).waitFor();
    await row.getByText('¥60').first().waitFor();
    await rowWith(page, 'claims-totals', '迅达快运').waitFor();
    const recovered = await page.getByTestId('claims-total-recovered').textContent();
    expect(Number(recovered?.replace(/[¥,]/g, ''))).toBeGreaterThanOrEqual(60);
    copyToDocs(await screenshot(page, 'claims-list', false), 'claims-list.png');
    expect(consoleErrors).toEqual([]);
  });
});
