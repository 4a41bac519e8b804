import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_COMPENSATION_POLICIES } from '../src/modules/resolution/compensation.rules.ts';
import { DEFAULT_ACTION_DEPARTMENTS } from '../src/modules/resolution/execution.rules.ts';
import { DEFAULT_REMEDY_CATALOGUES } from '../src/modules/resolution/remedy-catalogue.rules.ts';
import { eq } from 'drizzle-orm';
import { hash } from '@node-rs/argon2';
import { buildApp } from '../src/app.ts';
import { purgeExpired, startBackgroundWork } from '../src/background.ts';
import { idempotencyKeys } from '../src/modules/cases/case.table.ts';
import { ARGON2_PARAMS } from '../src/modules/users/user.service.ts';
import { loginThrottle, sessions, users } from '../src/modules/users/user.table.ts';
import { createTestContext, type TestContext } from './harness.ts';

// One authorisation matrix over every route: no session, wrong role, another department's case.
let ctx: TestContext;
let dispatchCase: { id: string; caseNumber: string };
let attachmentUrl: string;
let taskId: string;
const uuid = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  ctx = await createTestContext();
  const c = await ctx.newCase();
  const dispatch = await ctx.departmentId('dispatch');
  await ctx.as('agent', 'POST', `/api/cases/${c.id}/transitions`, { to: 'assigned', departmentId: dispatch });
  dispatchCase = c;
  const boundary = '----sec';
  const up = await ctx.app.inject({
    method: 'POST',
    url: `/api/cases/${c.id}/attachments`,
    headers: { cookie: await ctx.login('agent'), 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nhello\r\n--${boundary}--\r\n`,
  });
  attachmentUrl = up.json().url;
  const task = await ctx.as('agent', 'POST', `/api/cases/${c.id}/investigation/tasks`, { departmentId: dispatch, instructions: '核实' });
  taskId = task.body.id;
});
afterAll(async () => ctx?.close());

type Probe = { method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'; route: string; url: () => string; body?: unknown; public?: boolean; admin?: boolean };

const probes: Probe[] = [
  { method: 'GET', route: '/api/health', url: () => '/api/health', public: true },
  { method: 'POST', route: '/api/auth/login', url: () => '/api/auth/login', body: { username: 'x', password: 'y' }, public: true },
  { method: 'POST', route: '/api/auth/logout', url: () => '/api/auth/logout', public: true },
  { method: 'GET', route: '/api/auth/me', url: () => '/api/auth/me' },
  { method: 'GET', route: '/api/auth/session', url: () => '/api/auth/session', public: true },
  { method: 'GET', route: '/api/users', url: () => '/api/users' },
  { method: 'POST', route: '/api/users', url: () => '/api/users', body: { username: 'x1', displayName: 'X', role: 'agent', password: 'password1' } },
  { method: 'PATCH', route: '/api/users/:id', url: () => `/api/users/${uuid}`, body: { displayName: 'Y' } },
  { method: 'GET', route: '/api/departments', url: () => '/api/departments' },
  { method: 'POST', route: '/api/departments', url: () => '/api/departments', body: { code: 'x1', name: 'X' } },
  { method: 'PATCH', route: '/api/departments/:id', url: () => `/api/departments/${uuid}`, body: { name: 'Y' } },
  { method: 'POST', route: '/api/cases', url: () => '/api/cases', body: { channel: 'web', customer: { name: 'a', phone: '13800000000' }, description: 'x' } },
  { method: 'GET', route: '/api/cases', url: () => '/api/cases' },
  { method: 'GET', route: '/api/cases/counts', url: () => '/api/cases/counts' },
  { method: 'GET', route: '/api/cases/:idOrCaseNumber', url: () => `/api/cases/${dispatchCase.caseNumber}` },
  { method: 'PATCH', route: '/api/cases/:id', url: () => `/api/cases/${dispatchCase.id}`, body: { version: 1, demand: 'x' } },
  { method: 'POST', route: '/api/cases/:id/transitions', url: () => `/api/cases/${dispatchCase.id}/transitions`, body: { to: 'investigating' } },
  { method: 'POST', route: '/api/cases/:id/merge', url: () => `/api/cases/${dispatchCase.id}/merge`, body: { intoId: 'TS20990101-0001' } },
  { method: 'POST', route: '/api/cases/:id/comments', url: () => `/api/cases/${dispatchCase.id}/comments`, body: { body: 'x', visibility: 'internal' } },
  { method: 'POST', route: '/api/cases/:id/attachments', url: () => `/api/cases/${dispatchCase.id}/attachments`, body: {} },
  { method: 'GET', route: '/api/attachments/:id', url: () => attachmentUrl },
  { method: 'POST', route: '/api/attachments/:id/hide', url: () => `${attachmentUrl}/hide`, body: { reason: '隐私' }, admin: true },
  { method: 'GET', route: '/api/cases/:id/investigation', url: () => `/api/cases/${dispatchCase.id}/investigation` },
  { method: 'GET', route: '/api/cases/:id/investigation/tasks', url: () => `/api/cases/${dispatchCase.id}/investigation/tasks` },
  { method: 'POST', route: '/api/cases/:id/investigation/tasks', url: () => `/api/cases/${dispatchCase.id}/investigation/tasks`, body: { departmentId: uuid, instructions: 'x' } },
  { method: 'PATCH', route: '/api/investigation/tasks/:id', url: () => `/api/investigation/tasks/${taskId}`, body: { findings: 'x' } },
  { method: 'POST', route: '/api/cases/:id/investigation/evidence', url: () => `/api/cases/${dispatchCase.id}/investigation/evidence`, body: { itemCode: 'waybill_track', notApplicableReason: 'x' } },
  { method: 'PUT', route: '/api/cases/:id/responsibility', url: () => `/api/cases/${dispatchCase.id}/responsibility`, body: { rootCause: 'people', rootCauseText: 'x', party: 'customer' } },
  { method: 'GET', route: '/api/customers', url: () => '/api/customers?phone=13900001001' },
  { method: 'GET', route: '/api/customers/lookup', url: () => '/api/customers/lookup?phone=13900001001' },
  { method: 'GET', route: '/api/categories', url: () => '/api/categories' },
  { method: 'POST', route: '/api/cases/:id/links', url: () => `/api/cases/${dispatchCase.id}/links`, body: { otherId: 'TS20990101-0001' } },
  { method: 'POST', route: '/api/cases/:id/collaborators', url: () => `/api/cases/${dispatchCase.id}/collaborators`, body: { departmentId: uuid } },
  { method: 'DELETE', route: '/api/cases/:id/collaborators/:departmentId', url: () => `/api/cases/${dispatchCase.id}/collaborators/${uuid}` },
  { method: 'POST', route: '/api/triage/suggest', url: () => '/api/triage/suggest', body: { text: '快递三天没到' } },
  { method: 'GET', route: '/api/escalations', url: () => '/api/escalations' },
  { method: 'GET', route: '/api/notifications', url: () => '/api/notifications' },
  { method: 'POST', route: '/api/notifications/:id/read', url: () => `/api/notifications/${uuid}/read` },
  { method: 'POST', route: '/api/notifications/read-all', url: () => '/api/notifications/read-all' },
  { method: 'GET', route: '/api/admin/presets', url: () => '/api/admin/presets', admin: true },
  { method: 'POST', route: '/api/admin/presets/:code/apply', url: () => '/api/admin/presets/express/apply', admin: true },
  { method: 'GET', route: '/api/admin/priority-rules', url: () => '/api/admin/priority-rules', admin: true },
  { method: 'PUT', route: '/api/admin/priority-rules', url: () => '/api/admin/priority-rules', body: { rules: {} }, admin: true },
  { method: 'GET', route: '/api/admin/categories', url: () => '/api/admin/categories', admin: true },
  { method: 'POST', route: '/api/admin/categories', url: () => '/api/admin/categories', body: { code: 'x_new', nameZh: '新', nameEn: 'New' }, admin: true },
  { method: 'PATCH', route: '/api/admin/categories/:code', url: () => '/api/admin/categories/delay', body: { nameZh: '延误' }, admin: true },
  { method: 'GET', route: '/api/admin/routing-rules', url: () => '/api/admin/routing-rules', admin: true },
  { method: 'POST', route: '/api/admin/routing-rules', url: () => '/api/admin/routing-rules', body: { position: 1, departmentId: uuid }, admin: true },
  { method: 'PATCH', route: '/api/admin/routing-rules/:id', url: () => `/api/admin/routing-rules/${uuid}`, body: { position: 2 }, admin: true },
  { method: 'DELETE', route: '/api/admin/routing-rules/:id', url: () => `/api/admin/routing-rules/${uuid}`, admin: true },
  { method: 'GET', route: '/api/admin/sla-policies', url: () => '/api/admin/sla-policies', admin: true },
  { method: 'POST', route: '/api/admin/sla-policies', url: () => '/api/admin/sla-policies', body: { name: 'x', policy: { targets: [{ target: 'resolution', minutes: 60, calendar: 'calendar', pausable: true }], pauseStatuses: [], warnAtShare: 0.75, escalation: { supervisorAfterBreachMinutes: 0, managerAfterBreachMinutes: 60 } } }, admin: true },
  { method: 'PATCH', route: '/api/admin/sla-policies/:id', url: () => `/api/admin/sla-policies/${uuid}`, body: { name: 'y' }, admin: true },
  { method: 'DELETE', route: '/api/admin/sla-policies/:id', url: () => `/api/admin/sla-policies/${uuid}`, admin: true },
  { method: 'GET', route: '/api/admin/calendars', url: () => '/api/admin/calendars', admin: true },
  { method: 'PATCH', route: '/api/admin/calendars/:id', url: () => `/api/admin/calendars/${uuid}`, body: { name: 'x' }, admin: true },
  { method: 'GET', route: '/api/admin/classifier', url: () => '/api/admin/classifier', admin: true },
  { method: 'POST', route: '/api/admin/classifier/retrain', url: () => '/api/admin/classifier/retrain', admin: true },
  { method: 'POST', route: '/api/admin/sweep', url: () => '/api/admin/sweep', admin: true },
  { method: 'GET', route: '/api/admin/sweep-failures', url: () => '/api/admin/sweep-failures', admin: true },
  { method: 'GET', route: '/api/admin/recompute-requests', url: () => '/api/admin/recompute-requests', admin: true },
  { method: 'GET', route: '/api/causes', url: () => '/api/causes' },
  { method: 'GET', route: '/api/stages', url: () => '/api/stages' },
  { method: 'GET', route: '/api/admin/causes', url: () => '/api/admin/causes', admin: true },
  { method: 'POST', route: '/api/admin/causes', url: () => '/api/admin/causes', body: { code: 'x_new', nameZh: '新', nameEn: 'New' }, admin: true },
  { method: 'PATCH', route: '/api/admin/causes/:code', url: () => '/api/admin/causes/carrier', body: { nameZh: '承运商' }, admin: true },
  { method: 'GET', route: '/api/admin/stages', url: () => '/api/admin/stages', admin: true },
  { method: 'POST', route: '/api/admin/stages', url: () => '/api/admin/stages', body: { code: 'x_new', nameZh: '新', nameEn: 'New' }, admin: true },
  { method: 'PATCH', route: '/api/admin/stages/:code', url: () => '/api/admin/stages/transport', body: { nameZh: '运输' }, admin: true },
  { method: 'GET', route: '/api/admin/callback-window', url: () => '/api/admin/callback-window', admin: true },
  { method: 'PUT', route: '/api/admin/callback-window', url: () => '/api/admin/callback-window', body: { fromDays: 1, toDays: 3, dayKind: 'working' }, admin: true },
  { method: 'GET', route: '/api/admin/audit', url: () => '/api/admin/audit', admin: true },
  // Personal data (rules 27–29)
  { method: 'GET', route: '/api/admin/customers/:id/export', url: () => `/api/admin/customers/${uuid}/export`, admin: true },
  { method: 'POST', route: '/api/admin/customers/:id/erase', url: () => `/api/admin/customers/${uuid}/erase`, body: { reason: 'x' }, admin: true },
  { method: 'GET', route: '/api/admin/privacy/retention', url: () => '/api/admin/privacy/retention', admin: true },
  { method: 'PUT', route: '/api/admin/privacy/retention', url: () => '/api/admin/privacy/retention', body: { periods: { case_text: 400 } }, admin: true },
  { method: 'GET', route: '/api/admin/privacy/phone-reads', url: () => '/api/admin/privacy/phone-reads', admin: true },
  { method: 'GET', route: '/api/partners', url: () => '/api/partners' },
  { method: 'POST', route: '/api/admin/partners', url: () => '/api/admin/partners', body: { kind: 'carrier', name: '安全测试承运商' }, admin: true },
  { method: 'PATCH', route: '/api/admin/partners/:id', url: () => `/api/admin/partners/${uuid}`, body: { name: 'Y' }, admin: true },
  { method: 'POST', route: '/api/cases/:id/remedies/calculate', url: () => `/api/cases/${dispatchCase.id}/remedies/calculate`, body: { kind: 'loss' } },
  { method: 'GET', route: '/api/cases/:id/remedies', url: () => `/api/cases/${dispatchCase.id}/remedies` },
  { method: 'POST', route: '/api/cases/:id/remedies', url: () => `/api/cases/${dispatchCase.id}/remedies`, body: { items: [{ kind: 'apology' }] } },
  { method: 'POST', route: '/api/remedies/:id/decisions', url: () => `/api/remedies/${uuid}/decisions`, body: { decision: 'approve', step: 0 } },
  { method: 'POST', route: '/api/remedies/:id/offer', url: () => `/api/remedies/${uuid}/offer` },
  { method: 'POST', route: '/api/remedies/:id/answer', url: () => `/api/remedies/${uuid}/answer`, body: { answer: 'rejected' } },
  { method: 'GET', route: '/api/approvals', url: () => '/api/approvals' },
  { method: 'GET', route: '/api/approvals/count', url: () => '/api/approvals/count' },
  // Recovery claims 追偿 and replies to the regulator (issue 11 items 8–9).
  { method: 'POST', route: '/api/cases/:id/claims/calculate', url: () => `/api/cases/${dispatchCase.id}/claims/calculate`, body: {} },
  { method: 'GET', route: '/api/cases/:id/claims', url: () => `/api/cases/${dispatchCase.id}/claims` },
  { method: 'POST', route: '/api/cases/:id/claims', url: () => `/api/cases/${dispatchCase.id}/claims`, body: {} },
  { method: 'POST', route: '/api/claims/:id/status', url: () => `/api/claims/${uuid}/status`, body: { status: 'accepted', version: 1 } },
  { method: 'GET', route: '/api/claims', url: () => '/api/claims' },
  { method: 'GET', route: '/api/cases/:id/regulator-replies', url: () => `/api/cases/${dispatchCase.id}/regulator-replies` },
  {
    method: 'POST',
    route: '/api/cases/:id/regulator-replies',
    url: () => `/api/cases/${dispatchCase.id}/regulator-replies`,
    body: { regulator: '12305', content: '已答复', repliedAt: '2026-01-01T00:00:00Z' },
  },
  // Accountability 考核 (issue 11 item 11)
  { method: 'GET', route: '/api/accountability/summary', url: () => '/api/accountability/summary?from=2026-01-01&to=2026-01-31' },
  { method: 'GET', route: '/api/accountability/records', url: () => '/api/accountability/records' },
  { method: 'POST', route: '/api/accountability/records', url: () => '/api/accountability/records', body: { kind: 'warning', departmentId: uuid, reason: 'x' } },
  { method: 'POST', route: '/api/accountability/records/:id/revoke', url: () => `/api/accountability/records/${uuid}/revoke`, body: { reason: 'x' } },
  { method: 'GET', route: '/api/cases/:id/accountability', url: () => `/api/cases/${dispatchCase.id}/accountability` },
  { method: 'GET', route: '/api/admin/resolution-settings', url: () => '/api/admin/resolution-settings', admin: true },
  {
    method: 'PUT',
    route: '/api/admin/resolution-settings',
    url: () => '/api/admin/resolution-settings',
    body: { compensationPolicy: DEFAULT_COMPENSATION_POLICIES.express, authorityLimits: { agent: 1, handler: 0, supervisor: 2, manager: 3 } },
    admin: true,
  },
  // Execution 执行 (issue 11 item 7)
  { method: 'GET', route: '/api/cases/:id/actions', url: () => `/api/cases/${dispatchCase.id}/actions` },
  { method: 'POST', route: '/api/cases/:id/actions', url: () => `/api/cases/${dispatchCase.id}/actions`, body: { kind: 'other' } },
  { method: 'POST', route: '/api/actions/:id/complete', url: () => `/api/actions/${uuid}/complete`, body: {} },
  { method: 'POST', route: '/api/actions/:id/fail', url: () => `/api/actions/${uuid}/fail`, body: { note: 'x' } },
  { method: 'POST', route: '/api/actions/:id/cancel', url: () => `/api/actions/${uuid}/cancel`, body: { reason: 'x' } },
  { method: 'GET', route: '/api/actions', url: () => '/api/actions' },
  { method: 'GET', route: '/api/actions/count', url: () => '/api/actions/count' },
  { method: 'GET', route: '/api/admin/execution-settings', url: () => '/api/admin/execution-settings', admin: true },
  {
    method: 'PUT',
    route: '/api/admin/execution-settings',
    url: () => '/api/admin/execution-settings',
    body: { departments: DEFAULT_ACTION_DEPARTMENTS.express },
    admin: true,
  },
  // Cost ledger 成本台账.
  { method: 'GET', route: '/api/cases/:id/costs', url: () => `/api/cases/${dispatchCase.id}/costs` },
  { method: 'POST', route: '/api/cases/:id/labour', url: () => `/api/cases/${dispatchCase.id}/labour`, body: { minutes: 5 } },
  { method: 'POST', route: '/api/cases/:id/cost-entries', url: () => `/api/cases/${dispatchCase.id}/cost-entries`, body: { kind: 'repair', amountFen: 100, note: 'x' } },
  { method: 'POST', route: '/api/cost-entries/:id/reverse', url: () => `/api/cost-entries/${uuid}/reverse`, body: { reason: 'x' } },
  { method: 'GET', route: '/api/cost-entries', url: () => '/api/cost-entries' },
  { method: 'GET', route: '/api/cost-entries/export', url: () => '/api/cost-entries/export?month=2026-10' },
  { method: 'GET', route: '/api/costs/report', url: () => '/api/costs/report?from=2026-10&to=2026-11' },
  { method: 'GET', route: '/api/cost-budgets', url: () => '/api/cost-budgets?from=2026-10&to=2026-11' },
  { method: 'PUT', route: '/api/cost-budgets', url: () => '/api/cost-budgets', body: { month: '2026-10', scope: 'company', amountFen: 1 } },
  { method: 'GET', route: '/api/admin/cost-settings', url: () => '/api/admin/cost-settings', admin: true },
  { method: 'PUT', route: '/api/admin/cost-settings', url: () => '/api/admin/cost-settings', body: { labourRateFenPerHour: 5000 }, admin: true },
  // remedy catalogue, the rules' defaults and preview, evidence checklists
  { method: 'GET', route: '/api/remedy-catalogue', url: () => '/api/remedy-catalogue' },
  { method: 'PUT', route: '/api/admin/remedy-catalogue', url: () => '/api/admin/remedy-catalogue', body: { items: DEFAULT_REMEDY_CATALOGUES.express }, admin: true },
  { method: 'GET', route: '/api/admin/resolution-settings/defaults', url: () => '/api/admin/resolution-settings/defaults', admin: true },
  {
    method: 'POST',
    route: '/api/admin/resolution-settings/preview',
    url: () => '/api/admin/resolution-settings/preview',
    body: { compensationPolicy: DEFAULT_COMPENSATION_POLICIES.express, facts: { serviceType: 'same_city', freightFen: 1200 }, incident: { kind: 'loss' } },
    admin: true,
  },
  { method: 'GET', route: '/api/admin/evidence-checklists', url: () => '/api/admin/evidence-checklists', admin: true },
  { method: 'PUT', route: '/api/admin/evidence-checklists/:category', url: () => '/api/admin/evidence-checklists/damage', body: { items: [] }, admin: true },
  { method: 'DELETE', route: '/api/admin/evidence-checklists/:category', url: () => '/api/admin/evidence-checklists/damage', admin: true },
  // Customer messages: the outbox viewer, templates, channels (administrators); what a customer was sent.
  { method: 'GET', route: '/api/admin/outbox', url: () => '/api/admin/outbox', admin: true },
  { method: 'GET', route: '/api/admin/outbox/:id', url: () => `/api/admin/outbox/${uuid}`, admin: true },
  { method: 'POST', route: '/api/admin/outbox/:id/retry', url: () => `/api/admin/outbox/${uuid}/retry`, admin: true },
  { method: 'GET', route: '/api/admin/message-templates', url: () => '/api/admin/message-templates', admin: true },
  { method: 'PUT', route: '/api/admin/message-templates/:event/:channel/:language', url: () => '/api/admin/message-templates/received/sms/zh', body: { body: '单号{{caseNumber}}' }, admin: true },
  { method: 'DELETE', route: '/api/admin/message-templates/:event/:channel/:language', url: () => '/api/admin/message-templates/received/sms/zh', admin: true },
  { method: 'GET', route: '/api/admin/notification-channels', url: () => '/api/admin/notification-channels', admin: true },
  { method: 'PUT', route: '/api/admin/notification-channels/:channel', url: () => '/api/admin/notification-channels/sms', body: { driver: 'record', enabled: true }, admin: true },
  { method: 'POST', route: '/api/admin/notification-channels/:channel/test', url: () => '/api/admin/notification-channels/sms/test', body: { to: '13800000000' }, admin: true },
  { method: 'GET', route: '/api/cases/:id/customer-messages', url: () => `/api/cases/${dispatchCase.id}/customer-messages` },
  { method: 'PUT', route: '/api/cases/:id/customer-messages/settings', url: () => `/api/cases/${dispatchCase.id}/customer-messages/settings`, body: { optOut: false } },
  // Satisfaction callbacks 回访: the queue and figures, a case's callbacks, the attempts setting, the customer's survey (public: the token is the credential).
  { method: 'GET', route: '/api/callbacks', url: () => '/api/callbacks' },
  { method: 'GET', route: '/api/callbacks/stats', url: () => '/api/callbacks/stats?from=2026-01-01&to=2026-01-31' },
  { method: 'POST', route: '/api/callbacks/:id/outcome', url: () => `/api/callbacks/${uuid}/outcome`, body: { reached: false } },
  { method: 'POST', route: '/api/callbacks/:id/survey-link', url: () => `/api/callbacks/${uuid}/survey-link` },
  { method: 'GET', route: '/api/cases/:id/callbacks', url: () => `/api/cases/${dispatchCase.id}/callbacks` },
  { method: 'GET', route: '/api/admin/callback-settings', url: () => '/api/admin/callback-settings', admin: true },
  { method: 'PUT', route: '/api/admin/callback-settings', url: () => '/api/admin/callback-settings', body: { maxAttempts: 3 }, admin: true },
  { method: 'GET', route: '/api/portal/survey/:token', url: () => '/api/portal/survey/x', public: true },
  { method: 'POST', route: '/api/portal/survey/:token', url: () => '/api/portal/survey/x', body: { overall: 'satisfied' }, public: true },
  // Customer portal: the public form and code, the customer's own routes (a customer session, not a staff
  // one: 401 without it), and the stores an administrator edits.
  { method: 'GET', route: '/api/portal/options', url: () => '/api/portal/options', public: true },
  { method: 'POST', route: '/api/portal/complaints', url: () => '/api/portal/complaints', body: { description: 'x', name: 'x', phone: 'x' }, public: true },
  { method: 'POST', route: '/api/portal/follow/code', url: () => '/api/portal/follow/code', body: { caseNumber: 'TS20990101-0001', phone: '13900001001' }, public: true },
  { method: 'POST', route: '/api/portal/follow/verify', url: () => '/api/portal/follow/verify', body: { caseNumber: 'TS20990101-0001', phone: '13900001001', code: '000000' }, public: true },
  { method: 'POST', route: '/api/portal/logout', url: () => '/api/portal/logout', public: true },
  { method: 'GET', route: '/api/portal/cases', url: () => '/api/portal/cases' },
  { method: 'GET', route: '/api/portal/cases/:caseNumber', url: () => `/api/portal/cases/${dispatchCase.caseNumber}` },
  { method: 'POST', route: '/api/portal/cases/:caseNumber/messages', url: () => `/api/portal/cases/${dispatchCase.caseNumber}/messages`, body: { body: 'x' } },
  { method: 'POST', route: '/api/portal/cases/:caseNumber/photos', url: () => `/api/portal/cases/${dispatchCase.caseNumber}/photos`, body: {} },
  { method: 'POST', route: '/api/portal/cases/:caseNumber/remedy-answer', url: () => `/api/portal/cases/${dispatchCase.caseNumber}/remedy-answer`, body: { answer: 'accepted' } },
  { method: 'GET', route: '/api/portal/me/notifications', url: () => '/api/portal/me/notifications' },
  { method: 'PUT', route: '/api/portal/me/notifications', url: () => '/api/portal/me/notifications', body: { optOut: false } },
  { method: 'POST', route: '/api/portal/cases/:caseNumber/survey', url: () => `/api/portal/cases/${dispatchCase.caseNumber}/survey`, body: { overall: 'satisfied' } },
  // Linking the customer's WeChat: start, WeChat's callback (the browser brings the portal cookie), unlink.
  { method: 'POST', route: '/api/portal/me/wechat/bind', url: () => '/api/portal/me/wechat/bind', body: { caseNumber: 'TS20990101-0001' } },
  { method: 'GET', route: '/api/portal/me/wechat/callback', url: () => '/api/portal/me/wechat/callback?code=x&state=y' },
  { method: 'DELETE', route: '/api/portal/me/wechat', url: () => '/api/portal/me/wechat' },
  { method: 'GET', route: '/api/admin/stores', url: () => '/api/admin/stores', admin: true },
  { method: 'POST', route: '/api/admin/stores', url: () => '/api/admin/stores', body: { code: 'S1', name: '一号店' }, admin: true },
  { method: 'PATCH', route: '/api/admin/stores/:id', url: () => `/api/admin/stores/${uuid}`, body: { name: 'Y' }, admin: true },
];

describe('security matrix', () => {
  it('should probe every API route that the app registers', () => {
    const registered = ctx.routes
      .filter((r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs'))
      .map((r) => `${r.method} ${r.url}`)
      .sort();
    expect(registered).toEqual(probes.map((p) => `${p.method} ${p.route}`).sort());
  });

  it.each(probes.filter((p) => !p.public))('should answer 401 UNAUTHENTICATED without a session: $method $route', async (p) => {
    const res = await ctx.as(null, p.method, p.url(), p.body);
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('UNAUTHENTICATED');
  });

  // A customer is its own kind of actor: its session opens no staff route, and a staff session opens none of the customer's.
  const customerRoutes = probes.filter((p) => p.route.startsWith('/api/portal/cases') || p.route.startsWith('/api/portal/me/'));
  const staffRoutes = probes.filter((p) => !p.public && !p.route.startsWith('/api/portal/'));
  async function customerCookie(): Promise<string> {
    const filed = await ctx.app.inject({ method: 'POST', url: '/api/portal/complaints', payload: { description: '杯子碎了', name: '王女士', phone: '13700005555' } });
    expect(filed.statusCode).toBe(201);
    const c = filed.cookies.find((x) => x.name === 'cl_portal');
    // The same token under the staff cookie's name must not work either.
    return `cl_portal=${c!.value}; cl_session=${c!.value}`;
  }
  it('should refuse every staff route to a customer session (401), walking them all', async () => {
    const cookie = await customerCookie();
    expect(staffRoutes.length).toBeGreaterThan(100);
    for (const p of staffRoutes) {
      const res = await ctx.as(null, p.method, p.url(), p.body, { cookie });
      expect(res.status, `${p.method} ${p.route}`).toBe(401);
      expect(res.body.error.code).toBe('UNAUTHENTICATED');
    }
  });
  it.each(customerRoutes.flatMap((p) => ['agent', 'admin'].map((role) => ({ ...p, role }))))(
    "should not open a customer's route to a staff session ($role): $method $route",
    async (p) => {
      const res = await ctx.as(p.role, p.method, p.url(), p.body);
      expect(res.status).toBe(401);
    },
  );

  it('should answer 401 for a forged session cookie', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/cases', headers: { cookie: 'cl_session=forged' } });
    expect(res.statusCode).toBe(401);
  });

  const adminOnly = probes.filter(
    (p) => p.admin || ['POST /api/users', 'PATCH /api/users/:id', 'POST /api/departments', 'PATCH /api/departments/:id'].includes(`${p.method} ${p.route}`),
  );
  it.each(
    adminOnly.flatMap((p) => ['agent', 'dispatch', 'supervisor', 'manager'].map((role) => ({ ...p, role }))),
  )('should answer 403 FORBIDDEN to $role: $method $route', async (p) => {
    const res = await ctx.as(p.role, p.method, p.url(), p.body);
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('FORBIDDEN');
  });

  it('should not let a department handler merge cases, even in their own department', async () => {
    const res = await ctx.as('dispatch', 'POST', `/api/cases/${dispatchCase.id}/merge`, { intoId: 'TS20990101-0001' });
    expect(res.status).toBe(403);
  });

  it('should not let a department handler file a case', async () => {
    const res = await ctx.as('dispatch', 'POST', '/api/cases', { channel: 'web', customer: { name: 'a', phone: '13800000000' }, description: 'x' });
    expect(res.status).toBe(403);
  });

  // Merging is not a handler's move at all (403 below), so it is not in the department matrix.
  const caseRoutes = probes.filter(
    (p) =>
      p.route.includes(':id') &&
      !p.route.endsWith('/merge') &&
      !p.route.includes('/collaborators') &&
      (p.route.startsWith('/api/cases') || p.route.startsWith('/api/attachments') || p.route.startsWith('/api/investigation')),
  );
  it.each(caseRoutes)("should answer 404 to a handler of another department: $method $route", async (p) => {
    const res = await ctx.as('quality', p.method, p.url(), p.body);
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('NOT_FOUND');
  });

  it("should hide another department's remedies from a handler and keep the approvals inbox to approvers", async () => {
    await ctx.as('dispatch', 'POST', `/api/cases/${dispatchCase.id}/transitions`, { to: 'investigating' });
    const remedy = await ctx.as('dispatch', 'POST', `/api/cases/${dispatchCase.id}/remedies`, { items: [{ kind: 'compensation', amountFen: 100 }] });
    expect(remedy.status).toBe(201);
    for (const [url, body] of [
      [`/api/remedies/${remedy.body.id}/decisions`, { decision: 'approve', step: 0 }],
      [`/api/remedies/${remedy.body.id}/offer`, undefined],
      [`/api/remedies/${remedy.body.id}/answer`, { answer: 'rejected' }],
    ] as const) {
      expect((await ctx.as('quality', 'POST', url, body)).status).toBe(url.endsWith('decisions') ? 403 : 404);
    }
    for (const role of ['agent', 'dispatch']) {
      expect((await ctx.as(role, 'GET', '/api/approvals')).status).toBe(403);
      expect((await ctx.as(role, 'GET', '/api/approvals/count')).status).toBe(403);
    }
  });

  it("should hide another department's execution actions (404) and refuse a collaborator's (403)", async () => {
    const c = await ctx.newCase();
    await ctx.as('agent', 'POST', `/api/cases/${c.id}/transitions`, { to: 'assigned', departmentId: await ctx.departmentId('dispatch') });
    await ctx.as('dispatch', 'POST', `/api/cases/${c.id}/transitions`, { to: 'investigating' });
    const remedy = await ctx.as('admin', 'POST', `/api/cases/${c.id}/remedies`, { items: [{ kind: 'compensation', amountFen: 100 }] });
    await ctx.as('dispatch', 'POST', `/api/remedies/${remedy.body.id}/offer`);
    const accepted = await ctx.as('dispatch', 'POST', `/api/remedies/${remedy.body.id}/answer`, { answer: 'accepted', executionDueAt: '2026-12-31T10:00:00Z' });
    expect(accepted.status).toBe(200);
    const [action] = (await ctx.as('dispatch', 'GET', `/api/cases/${c.id}/actions`)).body.items;
    expect(action).toMatchObject({ kind: 'compensation', departmentCode: 'finance' });
    const writes = [
      [`/api/actions/${action.id}/complete`, {}],
      [`/api/actions/${action.id}/fail`, { note: 'x' }],
      [`/api/actions/${action.id}/cancel`, { reason: 'x' }],
    ] as const;
    for (const [url, body] of writes) expect((await ctx.as('quality', 'POST', url, body)).status).toBe(404);
    // The lead department sees the case but completes only its own actions; a handler cancels nothing.
    for (const [url, body] of writes) expect((await ctx.as('dispatch', 'POST', url, body)).status).toBe(403);
    expect((await ctx.as('quality', 'GET', '/api/actions')).body.items.map((a: { id: string }) => a.id)).not.toContain(action.id);
    expect((await ctx.as('finance', 'GET', '/api/actions')).body.items.map((a: { id: string }) => a.id)).toContain(action.id);
  });

  it('should keep the cost ledger, the report and budgets to those who may, and entries to supervisors and above', async () => {
    for (const role of ['agent', 'dispatch']) {
      for (const url of ['/api/cost-entries', '/api/cost-entries/export', '/api/costs/report?from=2026-10&to=2026-11', '/api/cost-budgets?from=2026-10&to=2026-11']) {
        expect((await ctx.as(role, 'GET', url)).status, `${role} ${url}`).toBe(403);
      }
      expect((await ctx.as(role, 'POST', `/api/cost-entries/${uuid}/reverse`, { reason: 'x' })).status).toBe(403);
    }
    for (const role of ['agent', 'dispatch', 'supervisor']) {
      expect((await ctx.as(role, 'PUT', '/api/cost-budgets', { month: '2026-10', scope: 'company', amountFen: 1 })).status).toBe(403);
    }
    // A handler of the case's own department sees its costs and logs labour; manual entries are not theirs.
    expect((await ctx.as('dispatch', 'GET', `/api/cases/${dispatchCase.id}/costs`)).status).toBe(200);
    expect((await ctx.as('dispatch', 'POST', `/api/cases/${dispatchCase.id}/cost-entries`, { kind: 'repair', amountFen: 100, note: 'x' })).status).toBe(403);
  });

  it('should keep the claims list and claim status updates to supervisors, managers and the administrator (claim.manage)', async () => {
    for (const role of ['agent', 'dispatch']) {
      expect((await ctx.as(role, 'GET', '/api/claims')).status).toBe(403);
      expect((await ctx.as(role, 'POST', `/api/claims/${uuid}/status`, { status: 'accepted', version: 1 })).status).toBe(403);
    }
    for (const role of ['supervisor', 'manager', 'admin']) {
      expect((await ctx.as(role, 'GET', '/api/claims')).status).toBe(200);
      expect((await ctx.as(role, 'POST', `/api/claims/${uuid}/status`, { status: 'accepted', version: 1 })).status).toBe(404);
    }
  });

  it('should keep the callback queue and outcomes from handlers, the figures to supervisors and above', async () => {
    expect((await ctx.as('dispatch', 'GET', '/api/callbacks')).status).toBe(403);
    expect((await ctx.as('dispatch', 'POST', `/api/callbacks/${uuid}/outcome`, { reached: false })).status).toBe(403);
    expect((await ctx.as('dispatch', 'POST', `/api/callbacks/${uuid}/survey-link`)).status).toBe(403);
    for (const role of ['agent', 'dispatch']) expect((await ctx.as(role, 'GET', '/api/callbacks/stats?from=2026-01-01&to=2026-01-31')).status).toBe(403);
    for (const role of ['supervisor', 'manager', 'admin']) expect((await ctx.as(role, 'GET', '/api/callbacks/stats?from=2026-01-01&to=2026-01-31')).status).toBe(200);
    // A wrong survey token is a clear 404, never a 500.
    expect((await ctx.as(null, 'GET', '/api/portal/survey/x')).status).toBe(404);
  });

  it('should keep the accountability summary and recording to those who assess', async () => {
    for (const role of ['agent', 'dispatch']) {
      expect((await ctx.as(role, 'GET', '/api/accountability/summary?from=2026-01-01&to=2026-01-31')).status).toBe(403);
      expect((await ctx.as(role, 'POST', '/api/accountability/records', { kind: 'warning', departmentId: uuid, reason: 'x' })).status).toBe(403);
      expect((await ctx.as(role, 'POST', `/api/accountability/records/${uuid}/revoke`, { reason: 'x' })).status).toBe(403);
    }
  });

  it("should leave another department's case out of a handler's list, counts and search", async () => {
    const list = await ctx.as('quality', 'GET', `/api/cases?q=${dispatchCase.caseNumber}`);
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(0);
    const own = await ctx.as('dispatch', 'GET', `/api/cases?q=${dispatchCase.caseNumber}`);
    expect(own.body.items.map((c: any) => c.id)).toEqual([dispatchCase.id]);
    const counts = await ctx.as('quality', 'GET', '/api/cases/counts');
    expect(counts.body.all).toBe(0);
  });

  it("should not tell a handler who a phone number belongs to unless one of their department's cases does", async () => {
    const phone = (await ctx.as('agent', 'GET', `/api/cases/${dispatchCase.id}`)).body.customer.phone;
    const other = await ctx.as('quality', 'GET', `/api/customers?phone=${phone}`);
    expect(other.status).toBe(404);
    const own = await ctx.as('dispatch', 'GET', `/api/customers?phone=${phone}`);
    expect(own.status).toBe(200);
    expect(own.body.customer.phone).toMatch(/\*{4}/);
    expect(own.body.cases.map((c: any) => c.id)).toEqual([dispatchCase.id]);
    expect(own.body.customer.caseCount).toBe(1);
    // The lookup answers the same without a 404: "no customer" for the other department.
    const otherLookup = await ctx.as('quality', 'GET', `/api/customers/lookup?phone=${phone}`);
    expect(otherLookup.status).toBe(200);
    expect(otherLookup.body).toEqual({ customer: null, cases: [] });
    const ownLookup = await ctx.as('dispatch', 'GET', `/api/customers/lookup?phone=${phone}`);
    expect(ownLookup.body).toEqual(own.body);
  });

  it('should tell a signed-out browser that nobody is signed in, with 200', async () => {
    const none = await ctx.as(null, 'GET', '/api/auth/session');
    expect(none.status).toBe(200);
    expect(none.body).toEqual({ user: null });
    const forged = await ctx.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: 'cl_session=forged' } });
    expect(forged.statusCode).toBe(200);
    expect(forged.json()).toEqual({ user: null });
  });

  it('should mask the phone for handlers and show it to agents', async () => {
    const handler = await ctx.as('dispatch', 'GET', `/api/cases/${dispatchCase.id}`);
    expect(handler.body.customer.phone).toMatch(/^\d{3}\*{4}\d{4}$/);
    expect(handler.body.customer.phoneMasked).toBe(true);
    const agent = await ctx.as('agent', 'GET', `/api/cases/${dispatchCase.id}`);
    expect(agent.body.customer.phone).toMatch(/^\d{11}$/);
  });

  it('should end the session on logout', async () => {
    const cookie = await ctx.login('finance');
    const out = await ctx.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect(out.statusCode).toBe(204);
    const me = await ctx.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(me.statusCode).toBe(401);
    const session = await ctx.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie } });
    expect(session.statusCode).toBe(200);
    expect(session.json()).toEqual({ user: null });
  });

  it('should refuse sign-in and end sessions of a deactivated user', async () => {
    const id = await ctx.userId('store');
    const cookie = await ctx.login('store');
    const res = await ctx.as('admin', 'PATCH', `/api/users/${id}`, { active: false });
    expect(res.status).toBe(200);
    const me = await ctx.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(me.statusCode).toBe(401);
    const again = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'store', password: 'demo1234' } });
    expect(again.statusCode).toBe(401);
  });
});

describe('issue 12: cross-site requests, headers, the last administrator, passwords, purging', () => {
  const presetApply = (headers: Record<string, string>, payload = '{}') =>
    ctx.login('admin').then((cookie) =>
      ctx.app.inject({ method: 'POST', url: '/api/admin/presets/express/apply', headers: { cookie, ...headers }, payload }),
    );

  it("should refuse a cross-origin text/plain POST riding on the admin's cookie with 403 CSRF_REJECTED", async () => {
    const res = await presetApply({ origin: 'https://evil.example', 'content-type': 'text/plain' }, 'x');
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF_REJECTED');
  });

  it('should refuse writes a browser marks cross-site, or same-site from an origin not listed', async () => {
    const cookie = await ctx.login('admin');
    const readAll = (headers: Record<string, string>) =>
      ctx.app.inject({ method: 'POST', url: '/api/notifications/read-all', headers: { cookie, host: 'cases.example.com', ...headers } });
    expect((await readAll({ 'sec-fetch-site': 'cross-site' })).statusCode).toBe(403);
    expect((await readAll({ 'sec-fetch-site': 'same-site', origin: 'https://other.example.com' })).statusCode).toBe(403);
    expect((await readAll({ origin: 'null' })).statusCode).toBe(403);
    // Sign-in too: a foreign page must not sign the browser in as someone else.
    const login = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', headers: { origin: 'https://evil.example' }, payload: { username: 'agent', password: 'demo1234' } });
    expect(login.statusCode).toBe(403);
    // The app's own pages, and clients that are not browsers, go ahead.
    expect((await readAll({ origin: 'http://cases.example.com', 'sec-fetch-site': 'same-origin' })).statusCode).toBeLessThan(300);
    expect((await readAll({ origin: 'http://cases.example.com' })).statusCode).toBeLessThan(300);
    expect((await readAll({})).statusCode).toBeLessThan(300);
    // Reading is never refused: a cross-site GET cannot change anything.
    const get = await ctx.app.inject({ method: 'GET', url: '/api/notifications', headers: { cookie, 'sec-fetch-site': 'cross-site' } });
    expect(get.statusCode).toBe(200);
  });

  it('should take JSON only on JSON routes: text/plain is 415 even from a non-browser client', async () => {
    const res = await presetApply({ 'content-type': 'text/plain' }, 'x');
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('should send the security headers on every response: API, errors and the web page', async () => {
    for (const url of ['/api/health', '/api/nothing-here', '/']) {
      const res = await ctx.app.inject({ method: 'GET', url });
      const csp = String(res.headers['content-security-policy']);
      expect(csp, url).toContain("frame-ancestors 'none'");
      expect(csp, url).toContain("script-src 'self'");
      expect(csp, url).not.toMatch(/script-src[^;]*unsafe/);
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(res.headers['referrer-policy'], url).toBe('same-origin');
      expect(res.headers['x-frame-options'], url).toBe('DENY');
    }
  });

  it('should send evidence files as sandboxed downloads with their UTF-8 name', async () => {
    const res = await ctx.as('agent', 'GET', attachmentUrl);
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="a.txt"; filename*=UTF-8''a.txt`);
    expect(String(res.headers['content-security-policy'])).toMatch(/^sandbox;/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('should name the session cookie __Host- and mark it Secure behind HTTPS', async () => {
    const second = await ctx.secondConnection();
    const secure = await buildApp({
      database: second,
      config: { maxUploadBytes: 1024, sessionTtlMs: 3600_000, cookieSecure: true, timezone: 'Asia/Shanghai', logLevel: 'silent', attachmentsDir: '/tmp' },
      serveWeb: false,
      logger: false,
    });
    try {
      const login = await secure.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'agent', password: 'demo1234' } });
      const cookie = login.cookies.find((c) => c.name === '__Host-cl_session');
      expect(cookie).toMatchObject({ secure: true, path: '/', httpOnly: true });
      expect(cookie).not.toHaveProperty('domain');
      const me = (name: string) => secure.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: `${name}=${cookie!.value}` } });
      expect((await me('__Host-cl_session')).statusCode).toBe(200);
      expect((await me('cl_session')).statusCode).toBe(401);
      expect(login.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    } finally {
      await secure.app.close();
      await second.close();
    }
  });

  it('should refuse to deactivate or demote the last active administrator (409 LAST_ADMIN)', async () => {
    const adminId = await ctx.userId('admin');
    for (const patch of [{ active: false }, { role: 'manager' }]) {
      const res = await ctx.as('admin', 'PATCH', `/api/users/${adminId}`, patch);
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe('LAST_ADMIN');
    }
    // With a second administrator either may go.
    const other = await ctx.as('admin', 'POST', '/api/users', { username: 'admin2', displayName: '管理员二', role: 'admin', password: 'password12' });
    expect(other.status).toBe(201);
    expect((await ctx.as('admin', 'PATCH', `/api/users/${other.body.id}`, { role: 'manager' })).status).toBe(200);
    expect((await ctx.as('admin', 'PATCH', `/api/users/${adminId}`, { role: 'manager' })).status).toBe(409);
    expect((await ctx.as('admin', 'PATCH', `/api/users/${adminId}`, { displayName: '系统管理员' })).status).toBe(200);
  });

  it('should store passwords with the pinned Argon2id parameters and redo an older hash at sign-in', async () => {
    expect(ARGON2_PARAMS).toMatchObject({ memoryCost: 19456, timeCost: 2, parallelism: 1 });
    const created = await ctx.as('admin', 'POST', '/api/users', { username: 'hashcheck', displayName: '哈希', role: 'agent', password: 'password12' });
    const stored = async () => (await ctx.db.select({ h: users.passwordHash }).from(users).where(eq(users.id, created.body.id)))[0]!.h;
    expect(await stored()).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    await ctx.db.update(users).set({ passwordHash: await hash('password12', { memoryCost: 4096, timeCost: 3, parallelism: 1 }) }).where(eq(users.id, created.body.id));
    const login = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'hashcheck', password: 'password12' } });
    expect(login.statusCode).toBe(200);
    expect(await stored()).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('should purge expired sessions, stale sign-in counts and idempotency keys past their retention, and keep the rest', async () => {
    const now = new Date();
    const hoursAgo = (h: number) => new Date(now.getTime() - h * 3600_000);
    const adminId = await ctx.userId('admin');
    await ctx.db.insert(sessions).values([
      { tokenHash: 'purge-expired', userId: adminId, expiresAt: hoursAgo(1) },
      { tokenHash: 'purge-live', userId: adminId, expiresAt: hoursAgo(-1) },
    ]);
    await ctx.db.insert(loginThrottle).values([
      { key: 'account:purge-old', failures: 3, lastFailureAt: hoursAgo(2), lockedUntil: null },
      { key: 'account:purge-locked', failures: 9, lastFailureAt: hoursAgo(2), lockedUntil: hoursAgo(-1) },
    ]);
    await ctx.db.insert(idempotencyKeys).values([
      { actorId: adminId, key: 'purge-old', requestHash: 'x', caseId: dispatchCase.id, createdAt: hoursAgo(73) },
      { actorId: adminId, key: 'purge-recent', requestHash: 'x', caseId: dispatchCase.id, createdAt: hoursAgo(71) },
    ]);
    const counts = await purgeExpired(ctx.db, now, { idempotencyKeyRetentionMs: 72 * 3600_000 });
    expect(counts).toMatchObject({ sessions: expect.any(Number), loginCounts: 1, idempotencyKeys: 1 });
    const tokens = (await ctx.db.select({ t: sessions.tokenHash }).from(sessions)).map((r) => r.t);
    expect(tokens).toContain('purge-live');
    expect(tokens).not.toContain('purge-expired');
    expect((await ctx.db.select({ k: loginThrottle.key }).from(loginThrottle)).map((r) => r.k)).toContain('account:purge-locked');
    const keys = (await ctx.db.select({ k: idempotencyKeys.key }).from(idempotencyKeys)).map((r) => r.k);
    expect(keys).toContain('purge-recent');
    expect(keys).not.toContain('purge-old');
  });

  it('should run the purge in the background work of a worker', async () => {
    const ran: Date[] = [];
    const idle = { sweep: async () => [], retrainIfDue: async () => undefined };
    const work = startBackgroundWork({
      services: { sla: idle, triage: idle, completeDelay: idle } as never,
      clock: () => new Date('2026-11-02T00:00:00Z'),
      intervalMs: 3600_000,
      log: { info: () => undefined, error: () => undefined },
      purge: async (now) => {
        ran.push(now);
        return { sessions: 0 };
      },
    });
    await work.stop();
    expect(ran).toEqual([new Date('2026-11-02T00:00:00Z')]);
  });
});
