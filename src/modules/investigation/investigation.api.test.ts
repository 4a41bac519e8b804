import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/harness.ts';

// Issue 11 items 2–3: investigation tasks of the joint team, the evidence checklist, preserved evidence,
// root cause and responsibility with its lifecycle guard, and the 彻底延误 flag (rule 10).
let ctx: TestContext;
let now = new Date('2026-11-02T10:00:00+08:00');
let dispatch: string;
let warehouse: string;

beforeAll(async () => {
  ctx = await createTestContext({ clock: () => now });
  dispatch = await ctx.departmentId('dispatch');
  warehouse = await ctx.departmentId('warehouse');
  for (const kind of ['carrier', 'supplier']) {
    const res = await ctx.as('admin', 'POST', '/api/admin/partners', { kind, name: kind === 'carrier' ? '顺达快运' : '鲜果供应链' });
    expect(res.status).toBe(201);
  }
});
afterAll(async () => ctx?.close());

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

async function upload(caseId: string, name = 'box.png', bytes: Buffer = PNG, type = 'image/png') {
  const boundary = '----inv';
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${type}\r\n\r\n`),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const res = await ctx.app.inject({
    method: 'POST',
    url: `/api/cases/${caseId}/attachments`,
    headers: { cookie: await ctx.login('agent'), 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

/** A damage case led by dispatch, under investigation. */
async function damageCase(extra: Record<string, unknown> = {}) {
  const c = await ctx.newCase({ category: 'damage', description: '包裹外箱破损，里面的杯子碎了', ...extra });
  await ctx.as('agent', 'POST', `/api/cases/${c.id}/transitions`, { to: 'assigned', departmentId: dispatch });
  await ctx.as('dispatch', 'POST', `/api/cases/${c.id}/transitions`, { to: 'investigating' });
  return c;
}

describe('investigation tasks of the joint team', () => {
  it('should give a task to another department, which joins the team and records its findings', async () => {
    const c = await damageCase();
    const owner = await ctx.userId('warehouse');
    const created = await ctx.as('dispatch', 'POST', `/api/cases/${c.id}/investigation/tasks`, {
      departmentId: warehouse,
      ownerId: owner,
      dueAt: '2026-11-03T18:00:00+08:00',
      instructions: '核实出库时外包装是否完好，提供出库记录',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ departmentId: warehouse, ownerId: owner, status: 'open', findings: null });

    // Warehouse was not the lead: it is a collaborator now and may work its task.
    const detail = await ctx.as('warehouse', 'GET', `/api/cases/${c.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.collaborators.map((x: any) => x.departmentId)).toContain(warehouse);

    const found = await ctx.as('warehouse', 'PATCH', `/api/investigation/tasks/${created.body.id}`, { findings: '出库时外包装完好，有出库照片' });
    expect(found.status, JSON.stringify(found.body)).toBe(200);
    const done = await ctx.as('warehouse', 'PATCH', `/api/investigation/tasks/${created.body.id}`, { status: 'done' });
    expect(done.body).toMatchObject({ status: 'done', findings: '出库时外包装完好，有出库照片', canEdit: false });
    expect(done.body.finishedAt).not.toBeNull();

    // A finished task is not changed again.
    const again = await ctx.as('warehouse', 'PATCH', `/api/investigation/tasks/${created.body.id}`, { findings: '改' });
    expect(again.status).toBe(400);
    expect(again.body.error.fields[0].path).toBe('status');

    const list = await ctx.as('agent', 'GET', `/api/cases/${c.id}/investigation/tasks`);
    expect(list.body.items).toHaveLength(1);
    const events = (await ctx.as('agent', 'GET', `/api/cases/${c.id}`)).body.events.map((e: any) => e.kind);
    expect(events).toEqual(expect.arrayContaining(['collaborator_added', 'investigation_task_given', 'investigation_task_updated', 'investigation_task_done']));
  });

  it('should refuse bad input field by field, in both languages, never 500', async () => {
    const c = await damageCase();
    const zh = await ctx.as('agent', 'POST', `/api/cases/${c.id}/investigation/tasks`, { departmentId: 'x', instructions: ' ', dueAt: 'tomorrow' });
    expect(zh.status).toBe(400);
    expect(zh.body.error.fields.map((f: any) => f.path).sort()).toEqual(['departmentId', 'dueAt', 'instructions']);
    expect(zh.body.error.fields.find((f: any) => f.path === 'instructions').message).toBe('不能为空');
    const en = await ctx.as('agent', 'POST', `/api/cases/${c.id}/investigation/tasks`, { departmentId: warehouse, instructions: ' ' }, { 'accept-language': 'en' });
    expect(en.body.error.fields[0].message).toBe('Must not be blank');
    // An owner from another department.
    const owner = await ctx.as('agent', 'POST', `/api/cases/${c.id}/investigation/tasks`, {
      departmentId: warehouse,
      ownerId: await ctx.userId('quality'),
      instructions: '核实',
    });
    expect(owner.status).toBe(400);
    expect(owner.body.error.fields[0].path).toBe('ownerId');
    const unknown = await ctx.as('agent', 'PATCH', '/api/investigation/tasks/00000000-0000-4000-8000-000000000000', { findings: 'x' });
    expect(unknown.status).toBe(404);
    const extra = await ctx.as('agent', 'POST', `/api/cases/${c.id}/investigation/tasks`, { departmentId: warehouse, instructions: 'x', status: 'done' });
    expect(extra.status).toBe(400);
    expect(extra.body.error.fields[0].path).toBe('status');
  });

  it("should refuse another department's handler: 404 for a case they cannot see, 403 for a task not theirs", async () => {
    const c = await damageCase();
    const quality = await ctx.as('quality', 'POST', `/api/cases/${c.id}/investigation/tasks`, { departmentId: warehouse, instructions: '核实' });
    expect(quality.status).toBe(404);
    const task = await ctx.as('dispatch', 'POST', `/api/cases/${c.id}/investigation/tasks`, { departmentId: warehouse, instructions: '核实出库' });
    const other = await ctx.as('dispatch', 'POST', `/api/cases/${c.id}/investigation/tasks`, { departmentId: await ctx.departmentId('logistics'), instructions: '调车辆轨迹' });
    // Warehouse collaborates on the case, but the logistics task is not its own, and it does not lead.
    const notOwn = await ctx.as('warehouse', 'PATCH', `/api/investigation/tasks/${other.body.id}`, { findings: 'x' });
    expect(notOwn.status).toBe(403);
    const give = await ctx.as('warehouse', 'POST', `/api/cases/${c.id}/investigation/tasks`, { departmentId: warehouse, instructions: 'x' });
    expect(give.status).toBe(403);
    const decide = await ctx.as('warehouse', 'PUT', `/api/cases/${c.id}/responsibility`, { rootCause: 'people', rootCauseText: 'x', party: 'customer' });
    expect(decide.status).toBe(403);
    expect(task.status).toBe(201);
    const unrelated = await ctx.as('quality', 'PATCH', `/api/investigation/tasks/${task.body.id}`, { findings: 'x' });
    expect(unrelated.status).toBe(404);
  });
});

describe('evidence checklist and preserved evidence', () => {
  it('should tick checklist items by linked files or a not-applicable reason, with sha256, uploader and time', async () => {
    const c = await damageCase();
    const initial = await ctx.as('dispatch', 'GET', `/api/cases/${c.id}/investigation`);
    expect(initial.status).toBe(200);
    expect(initial.body.checklist.map((i: any) => i.code)).toEqual(['parcel_photos', 'item_photos', 'waybill_track', 'dispatch_record']);
    expect(initial.body.checklist.every((i: any) => !i.done)).toBe(true);
    expect(initial.body.responsibilityRequired).toBe(true);

    const file = await upload(c.id);
    expect(file.sha256).toBe(crypto.createHash('sha256').update(PNG).digest('hex'));
    const linked = await ctx.as('dispatch', 'POST', `/api/cases/${c.id}/investigation/evidence`, { itemCode: 'parcel_photos', attachmentId: file.id });
    expect(linked.status, JSON.stringify(linked.body)).toBe(200);
    const item = linked.body.checklist.find((i: any) => i.code === 'parcel_photos');
    expect(item.done).toBe(true);
    expect(item.files[0]).toMatchObject({ id: file.id, sha256: file.sha256, uploadedByName: expect.any(String), linkedByName: expect.any(String) });
    const na = await ctx.as('dispatch', 'POST', `/api/cases/${c.id}/investigation/evidence`, { itemCode: 'dispatch_record', notApplicableReason: '门店直发，无仓库出库' });
    expect(na.body.checklist.find((i: any) => i.code === 'dispatch_record')).toMatchObject({ done: true, notApplicableReason: '门店直发，无仓库出库' });

    const neither = await ctx.as('dispatch', 'POST', `/api/cases/${c.id}/investigation/evidence`, { itemCode: 'item_photos' });
    expect(neither.status).toBe(400);
    expect(neither.body.error.fields[0].path).toBe('attachmentId');
    const wrongItem = await ctx.as('dispatch', 'POST', `/api/cases/${c.id}/investigation/evidence`, { itemCode: 'cold_chain', notApplicableReason: 'x' });
    expect(wrongItem.status).toBe(400);
    expect(wrongItem.body.error.fields[0].path).toBe('itemCode');
    const otherFile = await upload((await damageCase()).id);
    const foreign = await ctx.as('dispatch', 'POST', `/api/cases/${c.id}/investigation/evidence`, { itemCode: 'item_photos', attachmentId: otherFile.id });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.fields[0].path).toBe('attachmentId');
  });

  it('should offer no API that edits or deletes a stored file, and keep its bytes unchanged', async () => {
    const c = await damageCase();
    const file = await upload(c.id, 'note.txt', Buffer.from('原始证据'), 'text/plain');
    for (const method of ['PATCH', 'DELETE', 'PUT'] as const) {
      const res = await ctx.as('admin', method, `/api/attachments/${file.id}`, method === 'DELETE' ? undefined : { filename: 'x.txt' });
      expect([404, 405], `${method}`).toContain(res.status);
    }
    const del = await ctx.as('admin', 'DELETE', `/api/cases/${c.id}/attachments/${file.id}`);
    expect([404, 405]).toContain(del.status);
    const got = await ctx.app.inject({ method: 'GET', url: `/api/attachments/${file.id}`, headers: { cookie: await ctx.login('agent') } });
    expect(got.rawPayload.equals(Buffer.from('原始证据'))).toBe(true);
    expect(crypto.createHash('sha256').update(got.rawPayload).digest('hex')).toBe(file.sha256);
  });

  it('should let an administrator hide a file with a reason: kept, no longer served to others, on the timeline', async () => {
    const c = await damageCase();
    const file = await upload(c.id);
    const byAgent = await ctx.as('agent', 'POST', `/api/attachments/${file.id}/hide`, { reason: '含他人隐私' });
    expect(byAgent.status).toBe(403);
    const blank = await ctx.as('admin', 'POST', `/api/attachments/${file.id}/hide`, { reason: ' ' });
    expect(blank.status).toBe(400);
    expect(blank.body.error.fields[0].path).toBe('reason');
    const hidden = await ctx.as('admin', 'POST', `/api/attachments/${file.id}/hide`, { reason: '含他人隐私' });
    expect(hidden.status, JSON.stringify(hidden.body)).toBe(200);
    expect(hidden.body).toMatchObject({ hidden: true, hiddenReason: '含他人隐私', sha256: file.sha256 });
    const twice = await ctx.as('admin', 'POST', `/api/attachments/${file.id}/hide`, { reason: '再次' });
    expect(twice.status).toBe(409);

    const agentGet = await ctx.as('agent', 'GET', `/api/attachments/${file.id}`);
    expect(agentGet.status).toBe(404);
    const adminGet = await ctx.app.inject({ method: 'GET', url: `/api/attachments/${file.id}`, headers: { cookie: await ctx.login('admin') } });
    expect(adminGet.statusCode).toBe(200);
    expect(adminGet.rawPayload.equals(PNG)).toBe(true);
    const detail = await ctx.as('agent', 'GET', `/api/cases/${c.id}`);
    expect(detail.body.attachments[0]).toMatchObject({ hidden: true, hiddenReason: '含他人隐私' });
    expect(detail.body.events.find((e: any) => e.kind === 'evidence_hidden').payload).toMatchObject({ attachmentId: file.id, reason: '含他人隐私' });
    // A hidden file cannot be linked as evidence.
    const link = await ctx.as('dispatch', 'POST', `/api/cases/${c.id}/investigation/evidence`, { itemCode: 'parcel_photos', attachmentId: file.id });
    expect(link.status).toBe(400);
  });
});

describe('root cause and responsibility (定责)', () => {
  it('should keep a case from resolving until responsibility is decided (express requires it)', async () => {
    const c = await damageCase();
    const early = await ctx.as('dispatch', 'POST', `/api/cases/${c.id}/transitions`, { to: 'resolved', reason: '已解释' });
    expect(early.status).toBe(400);
    expect(early.body.error.fields[0]).toMatchObject({ path: 'responsibility', message: '结案前须先确定根本原因与责任（定责）' });

    const carrier = (await ctx.as('agent', 'GET', '/api/partners')).body.items.find((p: any) => p.kind === 'carrier' && p.active);
    const decided = await ctx.as('dispatch', 'PUT', `/api/cases/${c.id}/responsibility`, {
      rootCause: 'partner',
      rootCauseText: '承运商中转分拣时暴力装卸',
      party: 'carrier',
      partnerId: carrier.id,
      departmentId: warehouse, // ignored: a carrier decision names no department
    });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    expect(decided.body).toMatchObject({ party: 'carrier', partnerId: carrier.id, partnerName: carrier.name, departmentId: null });
    const resolved = await ctx.as('dispatch', 'POST', `/api/cases/${c.id}/transitions`, { to: 'resolved', reason: '已赔付并向承运商追偿' });
    expect(resolved.status).toBe(200);
    const ev = (await ctx.as('agent', 'GET', `/api/cases/${c.id}`)).body.events.find((e: any) => e.kind === 'responsibility_decided');
    expect(ev.payload).toMatchObject({ rootCause: 'partner', party: 'carrier', partnerName: carrier.name });
  });

  it('should record an internal decision with department and person, and refuse what does not fit', async () => {
    const c = await damageCase();
    const person = await ctx.userId('warehouse');
    const missing = await ctx.as('dispatch', 'PUT', `/api/cases/${c.id}/responsibility`, { rootCause: 'people', rootCauseText: '打包不规范', party: 'internal' }, { 'accept-language': 'en' });
    expect(missing.status).toBe(400);
    expect(missing.body.error.fields).toEqual([{ path: 'departmentId', message: 'Required' }]);
    const badKind = await ctx.as('dispatch', 'PUT', `/api/cases/${c.id}/responsibility`, { rootCause: 'nobody', rootCauseText: '', party: 'alien' });
    expect(badKind.body.error.fields.map((f: any) => f.path).sort()).toEqual(['party', 'rootCause', 'rootCauseText']);
    const wrongPerson = await ctx.as('dispatch', 'PUT', `/api/cases/${c.id}/responsibility`, {
      rootCause: 'people', rootCauseText: '打包不规范', party: 'internal', departmentId: dispatch, personId: person,
    });
    expect(wrongPerson.status).toBe(400);
    expect(wrongPerson.body.error.fields[0].path).toBe('personId');
    const supplier = (await ctx.as('agent', 'GET', '/api/partners')).body.items.find((p: any) => p.kind === 'carrier');
    const mismatch = await ctx.as('dispatch', 'PUT', `/api/cases/${c.id}/responsibility`, { rootCause: 'partner', rootCauseText: '货品本身瑕疵', party: 'supplier', partnerId: supplier.id });
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.error.fields[0].path).toBe('partnerId');
    const ok = await ctx.as('dispatch', 'PUT', `/api/cases/${c.id}/responsibility`, {
      rootCause: 'people', rootCauseText: '打包不规范，未加缓冲材料', party: 'internal', departmentId: warehouse, personId: person,
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ party: 'internal', departmentId: warehouse, personId: person, partnerId: null });
    const view = await ctx.as('agent', 'GET', `/api/cases/${c.id}/investigation`);
    expect(view.body.responsibility).toMatchObject({ rootCause: 'people', personId: person });
  });
});

describe('彻底延误 (rule 10)', () => {
  it('should flag a same-city delay 3 days past its promised time as a loss, and an inter-province one only after 7', async () => {
    now = new Date('2026-11-10T10:00:00+08:00');
    const sameCity = await ctx.newCase({
      category: 'delay', serviceType: 'same_city', promisedDeliveryAt: '2026-11-07T10:00:00+08:00', shippedAt: '2026-11-06T10:00:00+08:00',
    });
    expect(sameCity.completeDelay).toMatchObject({ status: 'complete_delay', treatAsLoss: true, thresholdDays: 3 });
    const far = await ctx.newCase({ category: 'delay', serviceType: 'inter_province', promisedDeliveryAt: '2026-11-07T10:00:00+08:00' });
    expect(far.completeDelay).toMatchObject({ status: 'delayed', treatAsLoss: false, thresholdDays: 7, completeDelayAt: '2026-11-14T02:00:00.000Z' });
    const noFacts = await ctx.newCase({ category: 'delay' });
    expect(noFacts.completeDelay).toBeNull();
    now = new Date('2026-11-14T10:00:00+08:00');
    expect((await ctx.as('agent', 'GET', `/api/cases/${far.id}`)).body.completeDelay.treatAsLoss).toBe(true);
    now = new Date('2026-11-02T10:00:00+08:00');
  });
});
