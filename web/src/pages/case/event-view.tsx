import type { ReactNode } from 'react';
import { Flex, Image, Tag, Typography } from 'antd';
import {
  AuditOutlined,
  TrophyOutlined,
  BranchesOutlined,
  EyeInvisibleOutlined,
  FileSearchOutlined,
  SafetyCertificateOutlined,
  ClockCircleOutlined,
  EditOutlined,
  FileAddOutlined,
  LinkOutlined,
  LockOutlined,
  MergeCellsOutlined,
  MessageOutlined,
  PaperClipOutlined,
  RiseOutlined,
  RollbackOutlined,
  SwapOutlined,
  SettingOutlined,
  TeamOutlined,
  ThunderboltOutlined,
  UserSwitchOutlined,
} from '@ant-design/icons';
import { CASE_STATUSES, CHANNELS, PRIORITIES, SERVICE_TYPES, URGENCIES, type Attachment, type CaseEvent } from '../../api/model.ts';
import type { Language, MessageKey, Translate } from '../../i18n/index.ts';
import { StatusTag } from '../../components/tags.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { causeLabel, fenAsYuan, regulatorLabel, stageLabel, yuan } from '../../lib/vocab-labels.ts';
import { isCaseEventKind, type CaseEventKind } from './event-kinds.ts';
import { REMEDY_VIEWS } from './event-view-remedy.tsx';
import { EXECUTION_VIEWS } from './event-view-execution.tsx';
import { COST_VIEWS } from './event-view-costs.tsx';
import { CLAIM_VIEWS } from './event-view-claim.tsx';
import { CALLBACK_VIEWS } from './event-view-callback.tsx';
import { CollaboratorBody, EscalatedBody, LinkedBody, SlaEventBody, SlaPolicyChangedBody, TriagedBody, caseRef } from './event-view-triage.tsx';

export type EventView = {
  color: string;
  icon: ReactNode;
  label: string;
  /** Show the label itself as a coloured tag (with this test id) rather than as plain text. */
  labelTag?: { color: string; testId: string };
  tag?: ReactNode;
  body?: ReactNode;
};

export type EventContext = {
  t: Translate;
  formatValue: (field: string, value: unknown) => string;
  lang: Language;
  categoryName: (code: string) => string;
  /** The company's names of stages and causes (系统管理 → 原因与环节); without them the built-in labels. */
  stageName?: (code: string) => string;
  causeName?: (code: string) => string;
  departmentName: (id: string) => string;
  userName: (id: string) => string;
  attachments: Attachment[];
};
type Ctx = EventContext;

const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : typeof v === 'number' ? String(v) : null);

const FIELD_LABELS: Record<string, MessageKey> = {
  category: 'field.category',
  urgency: 'field.urgency',
  priority: 'field.priority',
  waybillNo: 'field.waybillNo',
  orderNo: 'field.orderNo',
  store: 'field.store',
  route: 'field.route',
  occurredAt: 'field.occurredAt',
  description: 'field.description',
  demand: 'field.demand',
  departmentId: 'field.department',
  departmentName: 'field.department',
  assigneeId: 'field.assignee',
  assigneeName: 'field.assignee',
  status: 'field.status',
  channel: 'field.channel',
  stage: 'field.stage',
  cause: 'field.cause',
  upset: 'field.upset',
  regulatorReferral: 'field.regulatorReferral',
  declaredValueYuan: 'field.declaredValue',
  shippedAt: 'field.shippedAt',
  promisedDeliveryAt: 'field.promisedDeliveryAt',
  serviceType: 'field.serviceType',
  goodsName: 'field.goodsName',
  quantity: 'field.quantity',
  itemPriceFen: 'field.itemPrice',
  freightFen: 'field.freight',
  insured: 'field.insured',
  brandCompany: 'field.brandCompany',
  deliveryCompany: 'field.deliveryCompany',
  partnerName: 'field.partner',
};

const includes = <T extends string>(list: readonly T[], v: string): v is T => (list as readonly string[]).includes(v);

export const formatValue = (field: string, value: unknown, ctx: Pick<Ctx, 't' | 'categoryName' | 'stageName' | 'causeName'>): string => {
  if ((field === 'upset' || field === 'insured') && typeof value === 'boolean') return value ? ctx.t('common.yes') : ctx.t('common.no');
  if ((field === 'itemPriceFen' || field === 'freightFen') && (typeof value === 'number' || value === null)) return fenAsYuan(value);
  if (field === 'serviceType' && typeof value === 'string' && includes(SERVICE_TYPES, value)) return ctx.t(`serviceType.${value}`);
  if (field === 'regulatorReferral') return regulatorLabel(str(value), ctx.t);
  if (field === 'declaredValueYuan' && (typeof value === 'number' || value === null)) return yuan(value);
  const s = str(value);
  if (s === null) return value === null || value === undefined || value === '' ? '—' : JSON.stringify(value);
  if (field === 'urgency' && includes(URGENCIES, s)) return ctx.t(`urgency.${s}`);
  if (field === 'priority' && includes(PRIORITIES, s)) return ctx.t(`priority.${s}`);
  if (field === 'status' && includes(CASE_STATUSES, s)) return ctx.t(`status.${s}`);
  if (field === 'channel' && includes(CHANNELS, s)) return ctx.t(`channel.${s}`);
  if (field === 'category') return ctx.categoryName(s);
  if (field === 'occurredAt' || field === 'shippedAt' || field === 'promisedDeliveryAt') return formatDateTime(s);
  if (field === 'stage') return ctx.stageName ? ctx.stageName(s) : stageLabel(s, ctx.t);
  if (field === 'cause') return ctx.causeName ? ctx.causeName(s) : causeLabel(s, ctx.t);
  return s;
};

type Change = { field: string; from: unknown; to: unknown };

// The server may describe an update as { changes: { field: { from, to } } }, as a list, or as plain new values.
const readChanges = (payload: Record<string, unknown>): Change[] => {
  const raw = payload.changes ?? payload.fields ?? payload;
  if (Array.isArray(raw)) {
    return raw.flatMap((x: unknown) => {
      if (typeof x !== 'object' || x === null) return [];
      const o = x as Record<string, unknown>;
      const field = str(o.field) ?? str(o.path) ?? str(o.name);
      return field ? [{ field, from: o.from ?? o.old ?? o.before, to: o.to ?? o.new ?? o.after }] : [];
    });
  }
  if (typeof raw !== 'object' || raw === null) return [];
  return Object.entries(raw as Record<string, unknown>)
    .filter(([k]) => k !== 'version' && !k.endsWith('Id'))
    .map(([field, v]) => {
      if (typeof v === 'object' && v !== null && ('from' in v || 'to' in v)) {
        const o = v as { from?: unknown; to?: unknown };
        return { field, from: o.from, to: o.to };
      }
      return { field, from: undefined, to: v };
    });
};

const ChangeList = ({ changes, ctx }: { changes: Change[]; ctx: Ctx }) => (
  <ul style={{ margin: 0, paddingInlineStart: 18 }}>
    {changes.map((c) => {
      const key = FIELD_LABELS[c.field];
      return (
        <li key={c.field}>
          <Typography.Text type="secondary">{key ? ctx.t(key) : c.field}: </Typography.Text>
          {c.from !== undefined && (
            <>
              <Typography.Text delete>{formatValue(c.field, c.from, ctx)}</Typography.Text> →{' '}
            </>
          )}
          <span className="cl-pre">{formatValue(c.field, c.to, ctx)}</span>
        </li>
      );
    })}
  </ul>
);

// Automatic moves carry their reason in both languages (reason / reasonEn).
const reasonOf = (p: Record<string, unknown>, ctx: Ctx) => (ctx.lang === 'en' ? (str(p.reasonEn) ?? str(p.reason)) : str(p.reason));

const AutoTag = ({ p, ctx }: { p: Record<string, unknown>; ctx: Ctx }) =>
  p.auto === true ? <Tag color="geekblue">{ctx.t('event.auto')}</Tag> : null;

const Reason = ({ text, ctx }: { text: string | null; ctx: Ctx }) =>
  text ? (
    <div>
      <Typography.Text type="secondary">{ctx.t('field.reason')}: </Typography.Text>
      <span className="cl-pre">{text}</span>
    </div>
  ) : null;

const AttachmentBody = ({ payload, ctx }: { payload: Record<string, unknown>; ctx: Ctx }) => {
  const id = str(payload.attachmentId) ?? str(payload.id);
  const att = ctx.attachments.find((a) => a.id === id || a.filename === str(payload.filename));
  const name = att?.filename ?? str(payload.filename) ?? '—';
  // A file an administrator hid is not served to others: its name only, struck through.
  if (att?.hidden) return <Typography.Text delete>{name}</Typography.Text>;
  if (att?.contentType.startsWith('image/')) {
    return (
      <Flex vertical gap={4}>
        <Image src={att.url} alt={name} width={96} height={96} style={{ objectFit: 'cover' }} />
        <a href={att.url} download={name}>
          {name}
        </a>
      </Flex>
    );
  }
  return att ? (
    <a href={att.url} download={name}>
      {name}
    </a>
  ) : (
    <span>{name}</span>
  );
};

// Until every writer's payload is typed in the contract the views read payloads as loose records; the kind's
// own payload type (EventOf<K>['payload']) is there for a view that wants more.
const payloadOf = (e: { payload?: unknown }): Record<string, unknown> =>
  typeof e.payload === 'object' && e.payload !== null ? (e.payload as Record<string, unknown>) : {};

/** The event of one kind: its member of the server's union, or the whole event while the contract has none. */
export type EventOf<K extends CaseEventKind> = [Extract<CaseEvent, { kind: K }>] extends [never] ? CaseEvent : Extract<CaseEvent, { kind: K }>;
type View<K extends CaseEventKind> = (e: EventOf<K>, ctx: Ctx) => EventView;

const statusMove = (e: CaseEvent, ctx: Ctx): EventView => {
  const p = payloadOf(e);
  const reopened = e.kind === 'reopened';
  return {
    color: e.toStatus === 'rejected' || reopened ? 'red' : 'green',
    icon: reopened ? <RollbackOutlined /> : <SwapOutlined />,
    label: reopened ? ctx.t('event.reopened') : ctx.t('event.status_changed'),
    tag: <AutoTag p={p} ctx={ctx} />,
    body: (
      <>
        <Flex align="center" gap={4} wrap>
          {e.fromStatus && <StatusTag status={e.fromStatus} />}→{e.toStatus && <StatusTag status={e.toStatus} />}
        </Flex>
        <Reason text={reasonOf(p, ctx)} ctx={ctx} />
      </>
    ),
  };
};

const commentView = (e: CaseEvent, ctx: Ctx): EventView => {
  const p = payloadOf(e);
  const internal = e.visibility !== 'public';
  // The label says who can see it, once, as a tag coloured by visibility.
  return {
    color: internal ? 'orange' : 'green',
    icon: internal ? <LockOutlined /> : <MessageOutlined />,
    label: internal ? ctx.t('event.internalNote') : ctx.t('event.publicReply'),
    labelTag: internal ? { color: 'orange', testId: 'tag-internal' } : { color: 'green', testId: 'tag-public' },
    body: <p className="cl-pre">{str(p.body) ?? str(p.text) ?? str(p.note) ?? ''}</p>,
  };
};

const slaView = (e: CaseEvent, ctx: Ctx): EventView => ({
  color: e.kind === 'sla_warning' ? 'orange' : 'red',
  icon: <ClockCircleOutlined />,
  label: e.kind === 'sla_warning' ? ctx.t('event.sla_warning') : ctx.t('event.sla_breached'),
  body: <SlaEventBody p={payloadOf(e)} ctx={ctx} />,
});

const investigationTaskView = (e: CaseEvent, ctx: Ctx): EventView => {
  const p = payloadOf(e);
  const changes = typeof p.changes === 'object' && p.changes !== null ? (p.changes as Record<string, { to?: unknown }>) : {};
  const findings = str(p.findings) ?? str(changes.findings?.to);
  const status = str(p.status);
  return {
    color: e.kind === 'investigation_task_done' ? 'green' : 'geekblue',
    icon: <FileSearchOutlined />,
    label: ctx.t(`event.${e.kind}` as MessageKey),
    tag: status ? <Tag>{ctx.t(`inv.task.${status}` as MessageKey)}</Tag> : undefined,
    body: (
      <div data-testid="investigation-task-body">
        <div>
          {str(p.departmentName)}
          {str(p.ownerName) && ` · ${str(p.ownerName)}`}
          {str(p.dueAt) && ` · ${ctx.t('inv.due')} ${formatDateTime(str(p.dueAt)!)}`}
          {str(changes.ownerName?.to) && ` · ${ctx.t('inv.owner')} → ${str(changes.ownerName?.to)}`}
          {str(changes.dueAt?.to) && ` · ${ctx.t('inv.due')} → ${formatDateTime(str(changes.dueAt?.to)!)}`}
        </div>
        {str(p.instructions) && <p className="cl-pre">{str(p.instructions)}</p>}
        {findings && <p className="cl-pre">{ctx.t('inv.findings')}: {findings}</p>}
      </div>
    ),
  };
};

const collaboratorView = (e: CaseEvent, ctx: Ctx): EventView => ({
  color: e.kind === 'collaborator_added' ? 'cyan' : 'gray',
  icon: <TeamOutlined />,
  label: e.kind === 'collaborator_added' ? ctx.t('event.collaborator_added') : ctx.t('event.collaborator_removed'),
  body: <CollaboratorBody p={payloadOf(e)} ctx={ctx} />,
});

/** One view per kind: a kind the server adds does not compile until it has one here (and labels in event-kinds.ts). */
const VIEWS: { [K in CaseEventKind]: View<K> } = {
  created: (_e, { t }) => ({ color: 'blue', icon: <FileAddOutlined />, label: t('event.created') }),
  status_changed: statusMove,
  reopened: statusMove,
  updated: (e, ctx) => ({ color: 'gray', icon: <EditOutlined />, label: ctx.t('event.updated'), body: <ChangeList changes={readChanges(payloadOf(e))} ctx={ctx} /> }),
  assigned: (e, ctx) => {
    const { t } = ctx;
    const p = payloadOf(e);
    // The server records ids only; names come from the directory the UI already holds.
    const name = (id: string | null, lookup: (id: string) => string) => (id ? lookup(id) : t('event.unassigned'));
    const dept = str(p.toDepartmentId) ?? str(p.departmentId);
    const person = str(p.toAssigneeId) ?? str(p.assigneeId);
    return {
      color: 'purple',
      icon: <UserSwitchOutlined />,
      label: t('event.assigned'),
      tag: <AutoTag p={p} ctx={ctx} />,
      body: (
        <>
          <div data-testid="assigned-to">
            {t('field.department')}: {str(p.toDepartmentName) ?? str(p.departmentName) ?? name(dept, ctx.departmentName)} ·{' '}
            {t('field.assignee')}: {str(p.toAssigneeName) ?? str(p.assigneeName) ?? name(person, ctx.userName)}
          </div>
          <Reason text={reasonOf(p, ctx)} ctx={ctx} />
        </>
      ),
    };
  },
  comment: commentView,
  note: commentView,
  attachment_added: (e, ctx) => ({
    color: 'cyan',
    icon: <PaperClipOutlined />,
    label: ctx.t('event.attachment_added'),
    body: <AttachmentBody payload={payloadOf(e)} ctx={ctx} />,
  }),
  merged: (e, ctx) => {
    const p = payloadOf(e);
    return {
      color: 'gray',
      icon: <MergeCellsOutlined />,
      label: ctx.t('event.merged'),
      body: (
        <>
          <div>
            {ctx.t('merge.into')}: {caseRef(p, str(p.intoCaseNumber) ?? str(p.caseNumber), ctx)}
          </div>
          <Reason text={reasonOf(p, ctx)} ctx={ctx} />
        </>
      ),
    };
  },
  merged_from: (e, ctx) => {
    const p = payloadOf(e);
    return {
      color: 'gray',
      icon: <BranchesOutlined />,
      label: ctx.t('event.merged_from'),
      body: (
        <div>
          {ctx.t('merge.from')}: {caseRef(p, str(p.fromCaseNumber) ?? str(p.caseNumber), ctx)}
        </div>
      ),
    };
  },
  triaged: (e, ctx) => ({ color: 'blue', icon: <ThunderboltOutlined />, label: ctx.t('event.triaged'), body: <TriagedBody p={payloadOf(e)} ctx={ctx} /> }),
  sla_warning: slaView,
  sla_breached: slaView,
  sla_policy_changed: (e, ctx) => ({
    color: 'gray',
    icon: <ClockCircleOutlined />,
    label: ctx.t('event.sla_policy_changed'),
    tag: <AutoTag p={{ auto: true }} ctx={ctx} />,
    body: <SlaPolicyChangedBody p={payloadOf(e)} ctx={ctx} />,
  }),
  escalated: (e, ctx) => ({
    color: 'red',
    icon: <RiseOutlined />,
    label: ctx.t('event.escalated'),
    tag: <AutoTag p={{ auto: true }} ctx={ctx} />,
    body: <EscalatedBody p={payloadOf(e)} ctx={ctx} />,
  }),
  linked: (e, ctx) => ({ color: 'gray', icon: <LinkOutlined />, label: ctx.t('event.linked'), body: <LinkedBody p={payloadOf(e)} ctx={ctx} /> }),
  collaborator_added: collaboratorView,
  collaborator_removed: collaboratorView,
  ...REMEDY_VIEWS,
  ...EXECUTION_VIEWS,
  ...COST_VIEWS,
  ...CLAIM_VIEWS,
  ...CALLBACK_VIEWS,
  investigation_task_given: investigationTaskView,
  investigation_task_updated: investigationTaskView,
  investigation_task_done: investigationTaskView,
  evidence_linked: (e, ctx) => {
    const p = payloadOf(e);
    const item = str(ctx.lang === 'en' ? p.itemLabelEn : p.itemLabelZh) ?? str(p.itemCode) ?? '';
    const na = str(p.notApplicableReason);
    return {
      color: 'cyan',
      icon: <SafetyCertificateOutlined />,
      label: ctx.t('event.evidence_linked'),
      body: (
        <div data-testid="evidence-linked-body">
          {item}: {na ? `${ctx.t('inv.notApplicable')} — ${na}` : (str(p.filename) ?? '')}
          {str(p.sha256) && <Typography.Text type="secondary" code style={{ marginLeft: 6, fontSize: 11 }}>{str(p.sha256)?.slice(0, 12)}…</Typography.Text>}
        </div>
      ),
    };
  },
  evidence_hidden: (e, ctx) => {
    const p = payloadOf(e);
    return {
      color: 'red',
      icon: <EyeInvisibleOutlined />,
      label: ctx.t('event.evidence_hidden'),
      body: (
        <>
          <div>{str(p.filename)}</div>
          <Reason text={str(p.reason)} ctx={ctx} />
        </>
      ),
    };
  },
  responsibility_decided: (e, ctx) => {
    const p = payloadOf(e);
    const who = [str(p.departmentName), str(p.personName), str(p.partnerName)].filter(Boolean).join(' · ');
    return {
      color: 'purple',
      icon: <AuditOutlined />,
      label: ctx.t('event.responsibility_decided'),
      body: (
        <div data-testid="responsibility-body">
          <div>
            {ctx.t('inv.rootCause')}: {ctx.t(`inv.rootCause.${str(p.rootCause) ?? 'process'}` as MessageKey)} · {ctx.t('inv.party')}:{' '}
            {ctx.t(`inv.party.${str(p.party) ?? 'internal'}` as MessageKey)}
            {who && ` (${who})`}
          </div>
          <p className="cl-pre">{str(p.rootCauseText)}</p>
        </div>
      ),
    };
  },
  // Rule 10: the worker found the open delay case past its 彻底延误 instant.
  complete_delay_flagged: (e, ctx) => {
    const p = payloadOf(e);
    const type = str(p.serviceType);
    return {
      color: 'magenta',
      icon: <ClockCircleOutlined />,
      label: ctx.t('event.complete_delay_flagged'),
      body: (
        <div data-testid="complete-delay-body">
          {ctx
            .t('event.complete_delay_flagged.body')
            .replace('{days}', String(typeof p.thresholdDays === 'number' ? p.thresholdDays : ''))
            .replace('{time}', formatDateTime(str(p.promisedDeliveryAt) ?? ''))}
          {type && includes(SERVICE_TYPES, type) ? ` · ${ctx.t(`serviceType.${type}`)}` : ''}
        </div>
      ),
    };
  },
  accountability_recorded: (e, ctx) => {
    const p = payloadOf(e);
    return {
      color: str(p.direction) === 'reward' ? 'green' : 'volcano',
      icon: <TrophyOutlined />,
      label: ctx.t('event.accountability_recorded'),
      body: <div>{ctx.t(`acct.kind.${str(p.kind) ?? 'warning'}` as MessageKey)}</div>,
    };
  },
  accountability_revoked: (e, ctx) => {
    const p = payloadOf(e);
    return {
      color: 'default',
      icon: <TrophyOutlined />,
      label: ctx.t('event.accountability_revoked'),
      body: <div>{ctx.t(`acct.kind.${str(p.kind) ?? 'warning'}` as MessageKey)}</div>,
    };
  },
  // Rules 27–28: says that personal text was erased (on request or at the end of its period), never what.
  personal_data_erased: (e, ctx) => {
    const p = payloadOf(e);
    return {
      color: 'default',
      icon: <ClockCircleOutlined />,
      label: ctx.t('event.personal_data_erased'),
      body: <div>{ctx.t(p.cause === 'retention' ? 'event.personal_data_erased.retention' : 'event.personal_data_erased.request')}</div>,
    };
  },
  // The customer's message settings changed on their word: the new channel / language / opt-out; an email only named.
  customer_messaging_changed: (e, ctx) => {
    const p = (e as Extract<CaseEvent, { kind: 'customer_messaging_changed' }>).payload;
    const parts = p.fields.map((f) => {
      if (f === 'preferredChannel') return `${ctx.t('outbox.settings.channel')}: ${p.preferredChannel ? ctx.t(`outbox.channel.${p.preferredChannel}`) : ctx.t('outbox.settings.channel.default')}`;
      if (f === 'language') return `${ctx.t('outbox.settings.language')}: ${p.language === 'en' ? 'English' : '中文'}`;
      if (f === 'optOut') return p.optOut ? ctx.t('outbox.settings.optedOut') : ctx.t('outbox.settings.optedIn');
      return ctx.t('outbox.settings.emailChanged');
    });
    return { color: 'blue', icon: <SettingOutlined />, label: ctx.t('event.customer_messaging_changed'), body: <div>{parts.join(' · ')}</div> };
  },
};

export const describeEvent = (e: CaseEvent, ctx: Ctx): EventView => {
  if (isCaseEventKind(e.kind)) {
    const view = VIEWS[e.kind] as (e: CaseEvent, ctx: Ctx) => EventView;
    return view(e, ctx);
  }
  // A kind newer than this build of the UI: its raw name and whatever the payload says.
  return { color: 'gray', icon: <EditOutlined />, label: e.kind, body: <ChangeList changes={readChanges(payloadOf(e))} ctx={ctx} /> };
};
