import { describe, expect, it } from 'vitest';
import { customerTimeline, readWechatCodeAnswer, throttleStep, wechatAuthorizeUrl, wechatBindReturn, yuanToFen, type StoredEvent } from './portal.rules.ts';

const at = new Date('2026-12-07T02:00:00Z');
const ev = (over: Partial<StoredEvent>): StoredEvent => ({ id: 'e', kind: 'created', visibility: 'internal', actorId: null, actorName: null, toStatus: null, payload: {}, createdAt: at, ...over });

describe('portal rules', () => {
  it('should count requests in a fixed window and give the wait when it is full', () => {
    const limit = { max: 2, windowMs: 60_000 };
    const one = throttleStep(undefined, limit, at);
    expect(one).toEqual({ ok: true, windowStart: at, count: 1 });
    const two = throttleStep({ windowStart: at, count: 1 }, limit, new Date(at.getTime() + 1000));
    expect(two).toMatchObject({ ok: true, count: 2 });
    expect(throttleStep({ windowStart: at, count: 2 }, limit, new Date(at.getTime() + 15_000))).toEqual({ ok: false, retryAfterSeconds: 45 });
    // A window that ended starts again.
    expect(throttleStep({ windowStart: at, count: 2 }, limit, new Date(at.getTime() + 60_000))).toMatchObject({ ok: true, count: 1 });
  });

  it('should show the customer only allowed kinds: no internal note, no assignment, no internal status step, no staff photo', () => {
    const out = customerTimeline([
      ev({ kind: 'created' }),
      ev({ kind: 'note', payload: { body: '内部' } }),
      ev({ kind: 'comment', visibility: 'internal', payload: { body: '不该出现' } }),
      ev({ kind: 'comment', visibility: 'public', actorId: 'u', actorName: '客服 王小敏', payload: { body: '您好' } }),
      ev({ kind: 'comment', visibility: 'public', payload: { body: '谢谢', by: 'customer' } }),
      ev({ kind: 'assigned', payload: { toDepartmentName: '调度', toAssigneeName: '张伟' } }),
      ev({ kind: 'status_changed', toStatus: 'assigned' }),
      ev({ kind: 'status_changed', toStatus: 'investigating' }),
      ev({ kind: 'attachment_added', payload: { filename: 'staff.pdf' } }),
      ev({ kind: 'attachment_added', payload: { filename: 'mine.png', by: 'customer' } }),
      ev({ kind: 'remedy_proposed', payload: { totalFen: 100 } }),
      ev({ kind: 'remedy_offered', payload: { remedyId: 'r', totalFen: 8800 } }),
      ev({ kind: 'remedy_answered', payload: { answer: 'accepted', note: 'x' } }),
      ev({ kind: 'status_changed', toStatus: 'resolved' }),
    ]);
    expect(out.map((e) => e.kind)).toEqual(['filed', 'reply', 'reply', 'status', 'photo', 'remedy_offered', 'remedy_answered', 'resolved']);
    expect(JSON.stringify(out)).not.toMatch(/内部|不该出现|调度|张伟|staff\.pdf|remedyId/);
    expect(out[1]).toMatchObject({ from: 'staff', name: '客服 王小敏' });
    expect(out[2]).toMatchObject({ from: 'customer', name: null });
  });

  it('should show the customer their own satisfaction answer (seed 004): the survey with its comment, a call without the agent\'s note', () => {
    const out = customerTimeline([
      ev({ kind: 'callback_scheduled', payload: { callbackId: 'c', dueOn: '2026-12-10' } }),
      ev({ kind: 'callback_attempted', payload: { callbackId: 'c', attempt: 1, maxAttempts: 3, note: '无人接听' } }),
      ev({ kind: 'callback_completed', payload: { callbackId: 'c', overall: 'satisfied', result: 'satisfied', attitude: null, efficiency: null, comment: '客户说还行，语气一般', outcome: 'closed' } }),
      ev({ kind: 'survey_answered', payload: { callbackId: 'd', overall: 'dissatisfied', result: null, attitude: null, efficiency: null, comment: '赔得太少', outcome: 'reopened' } }),
      ev({ kind: 'survey_answered', payload: { callbackId: 'e', overall: 'bogus', comment: 'x' } }),
    ]);
    expect(out).toEqual([
      { kind: 'rated', at, overall: 'satisfied', via: 'call', comment: null },
      { kind: 'rated', at, overall: 'dissatisfied', via: 'survey', comment: '赔得太少' },
    ]);
    expect(JSON.stringify(out)).not.toMatch(/无人接听|语气一般|callbackId/);
  });

  it('should turn yuan as typed into fen, and refuse what is not an amount', () => {
    expect(yuanToFen('120.5')).toBe(12_050);
    expect(yuanToFen('0.01')).toBe(1);
    expect(yuanToFen('88')).toBe(8_800);
    for (const bad of ['', '1.234', '-1', 'abc', '1e3']) expect(yuanToFen(bad)).toBeNull();
  });
});

describe('linking WeChat (网页授权)', () => {
  it('should build the snsapi_base authorize URL with the callback on PUBLIC_URL and #wechat_redirect', () => {
    const url = wechatAuthorizeUrl({ base: 'https://open.weixin.qq.com/', appId: 'wx123', publicUrl: 'https://kf.example.com/', caseNumber: 'TS20261207-0001', state: 'abc123' });
    expect(url).toBe(
      'https://open.weixin.qq.com/connect/oauth2/authorize?appid=wx123&redirect_uri=https%3A%2F%2Fkf.example.com%2Fapi%2Fportal%2Fme%2Fwechat%2Fcallback%3Fcase%3DTS20261207-0001&response_type=code&scope=snsapi_base&state=abc123#wechat_redirect',
    );
  });

  it('should send the browser back to a case page of this site only, with the outcome', () => {
    expect(wechatBindReturn('TS20261207-0001', { ok: true })).toBe('/portal/cases/TS20261207-0001?wechat=bound');
    expect(wechatBindReturn('TS20261207-0001', { ok: false, reason: 'wechat', errcode: 40029 })).toBe('/portal/cases/TS20261207-0001?wechat=error&reason=wechat&errcode=40029');
    expect(wechatBindReturn('TS20261207-0001', { ok: false, reason: 'wechat', errcode: null })).toBe('/portal/cases/TS20261207-0001?wechat=error&reason=wechat');
    // Anything but a case number cannot steer the redirect elsewhere.
    for (const bad of ['//evil.example/x', 'https://evil.example', '../../admin', undefined]) {
      expect(wechatBindReturn(bad, { ok: false, reason: 'state' })).toBe('/portal/follow?wechat=error&reason=state');
    }
  });

  it("should read WeChat's code answer: the openid, or the errcode (a malformed answer is an error too)", () => {
    expect(readWechatCodeAnswer({ access_token: 'T', expires_in: 7200, refresh_token: 'R', openid: 'oLVPpjqs9BhvzwPj5A-vTYAX3GLc', scope: 'snsapi_base' })).toEqual({ openid: 'oLVPpjqs9BhvzwPj5A-vTYAX3GLc' });
    expect(readWechatCodeAnswer({ errcode: 40029, errmsg: 'invalid code' })).toEqual({ errcode: 40029 });
    expect(readWechatCodeAnswer({ errcode: 40163, errmsg: 'code been used' })).toEqual({ errcode: 40163 });
    expect(readWechatCodeAnswer({ openid: '' })).toEqual({ errcode: null });
    expect(readWechatCodeAnswer('<html>')).toEqual({ errcode: null });
    expect(readWechatCodeAnswer(null)).toEqual({ errcode: null });
  });
});
