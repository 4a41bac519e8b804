import { useCallback, useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import dayjs from 'dayjs';
import {
  CASE_STATUSES,
  CASE_VIEWS,
  CHANNELS,
  PRIORITIES,
  SORT_FIELDS,
  URGENCIES,
  type CaseListParams,
  type CaseView,
  type Role,
  type SortField,
  type SortOrder,
} from '../../api/model.ts';

export type QueueState = {
  view: CaseView;
  status: string[];
  category: string[];
  urgency: string[];
  priority: string[];
  channel: string[];
  departmentId: string;
  assigneeId: string;
  from: string;
  to: string;
  q: string;
  sla: string[];
  escalated: boolean;
  /** Only open cases flagged 彻底延误 (rule 10). */
  completeDelay: boolean;
  sort: SortField;
  order: SortOrder;
};

const SLA_FILTERS = ['warning', 'breached', 'paused'];

export const DEFAULT_SORT: SortField = 'createdAt';
export const DEFAULT_ORDER: SortOrder = 'desc';

// What a first click on a column shows: the nearest deadline and the highest priority (P1 sorts
// before P4: order=asc) come first, the newest dates and numbers otherwise.
const ASCENDING_FIRST: readonly SortField[] = ['dueAt', 'priority'];
export const firstOrderFor = (sort: SortField): SortOrder => (ASCENDING_FIRST.includes(sort) ? 'asc' : 'desc');

export const viewsForRole = (role: Role): CaseView[] =>
  role === 'handler' ? ['mine', 'department'] : [...CASE_VIEWS];

// Handlers work their department's cases; everyone else starts from the whole queue.
export const defaultViewForRole = (role: Role): CaseView => (role === 'handler' ? 'department' : 'all');

const list = (raw: string | null, allowed?: readonly string[]): string[] => {
  if (!raw) return [];
  const parts = raw.split(',').map((s) => s.trim()).filter(Boolean);
  return allowed ? parts.filter((p) => allowed.includes(p)) : parts;
};

const isDate = (s: string | null): s is string =>
  !!s && /^\d{4}-\d{2}-\d{2}$/.test(s) && dayjs(s).isValid() && dayjs(s).format('YYYY-MM-DD') === s;

// The server's rules for ids and category codes: a link with anything else (a typo, an old or
// hand-edited URL) drops that filter instead of showing the server's "Invalid UUID".
const UUID = /^([0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/i;
const CATEGORY = /^[a-z0-9_]{1,40}$/;
const MAX_Q = 200;
const id = (raw: string | null): string => (raw && UUID.test(raw.trim()) ? raw.trim() : '');

export const readQueueState = (params: URLSearchParams, role: Role): QueueState => {
  const views = viewsForRole(role);
  const rawView = params.get('view');
  const view = views.find((v) => v === rawView) ?? defaultViewForRole(role);
  const rawSort = params.get('sort');
  const sort = SORT_FIELDS.find((s) => s === rawSort) ?? DEFAULT_SORT;
  const rawOrder = params.get('order');
  const order: SortOrder = rawOrder === 'asc' || rawOrder === 'desc' ? rawOrder : sort === DEFAULT_SORT ? DEFAULT_ORDER : firstOrderFor(sort);
  const from = params.get('from');
  const to = params.get('to');
  return {
    view,
    status: list(params.get('status'), CASE_STATUSES),
    category: list(params.get('category')).filter((c) => CATEGORY.test(c)),
    urgency: list(params.get('urgency'), URGENCIES),
    priority: list(params.get('priority'), PRIORITIES),
    channel: list(params.get('channel'), CHANNELS),
    departmentId: id(params.get('departmentId')),
    assigneeId: id(params.get('assigneeId')),
    from: isDate(from) ? from : '',
    to: isDate(to) ? to : '',
    q: (params.get('q') ?? '').slice(0, MAX_Q),
    sla: list(params.get('sla'), SLA_FILTERS),
    escalated: params.get('escalated') === '1',
    completeDelay: params.get('completeDelay') === '1',
    sort,
    order,
  };
};

const writeQueueState = (state: QueueState, role: Role): URLSearchParams => {
  const p = new URLSearchParams();
  if (state.view !== defaultViewForRole(role)) p.set('view', state.view);
  for (const key of ['status', 'category', 'urgency', 'priority', 'channel', 'sla'] as const) {
    if (state[key].length > 0) p.set(key, state[key].join(','));
  }
  for (const key of ['departmentId', 'assigneeId', 'from', 'to', 'q'] as const) {
    if (state[key]) p.set(key, state[key]);
  }
  if (state.escalated) p.set('escalated', '1');
  if (state.completeDelay) p.set('completeDelay', '1');
  if (state.sort !== DEFAULT_SORT || state.order !== DEFAULT_ORDER) {
    // Both are written, so the link says which way it sorts whatever a column's first click does.
    p.set('sort', state.sort);
    p.set('order', state.order);
  }
  return p;
};

/** Router state of a link from the queue to a case: the queue's search, to link back to it. */
export type QueueLinkState = { queueSearch: string };

/** The queue the user came from (its filters and sort), or the plain queue. */
export const queueUrlFrom = (locationState: unknown): string => {
  const search = (locationState as Partial<QueueLinkState> | null)?.queueSearch;
  return typeof search === 'string' && (search === '' || search.startsWith('?')) ? `/cases${search}` : '/cases';
};

export const toListParams = (s: QueueState): CaseListParams => ({
  view: s.view,
  status: s.status,
  category: s.category,
  urgency: s.urgency,
  priority: s.priority,
  channel: s.channel,
  departmentId: s.departmentId || undefined,
  assigneeId: s.assigneeId || undefined,
  from: s.from ? dayjs(s.from).startOf('day').toISOString() : undefined,
  to: s.to ? dayjs(s.to).endOf('day').toISOString() : undefined,
  q: s.q.trim() || undefined,
  sla: s.sla,
  minEscalation: s.escalated ? 1 : undefined,
  completeDelay: s.completeDelay ? 'true' : undefined,
  sort: s.sort,
  order: s.order,
});

export const hasFilters = (s: QueueState): boolean =>
  s.status.length + s.category.length + s.urgency.length + s.priority.length + s.channel.length + s.sla.length > 0 ||
  !!(s.departmentId || s.assigneeId || s.from || s.to || s.q || s.escalated || s.completeDelay);

const canonical = (p: URLSearchParams): string => [...p.entries()].map(([k, v]) => `${k}=${v}`).sort().join('&');

export const useQueueState = (role: Role) => {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => readQueueState(params, role), [params, role]);
  // A link with values the queue dropped (an invalid id, an unknown status) is rewritten to what is
  // shown, so that the address bar, a copied link and the way back all say the same.
  useEffect(() => {
    const written = writeQueueState(state, role);
    if (canonical(written) !== canonical(params)) setParams(written, { replace: true });
  }, [state, role, params, setParams]);
  const update = useCallback(
    (patch: Partial<QueueState>) => setParams(writeQueueState({ ...state, ...patch }, role), { replace: true }),
    [state, role, setParams],
  );
  const reset = useCallback(
    () => setParams(writeQueueState({ ...readQueueState(new URLSearchParams(), role), view: state.view }, role), { replace: true }),
    [state.view, role, setParams],
  );
  return { state, update, reset };
};
