import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './client.ts';
import type { Id } from './types.ts';

export type AppNotification = {
  id: Id;
  kind: string;
  caseId: Id | null;
  caseNumber: string | null;
  payload: Record<string, unknown>;
  createdAt: string;
  readAt: string | null;
};

export type NotificationList = { unread: number; items: AppNotification[] };

const POLL_MS = 30_000;

export const useNotifications = (unreadOnly: boolean, enabled = true) =>
  useQuery({
    queryKey: ['notifications', unreadOnly ? 'unread' : 'all'],
    queryFn: ({ signal }) =>
      apiRequest<NotificationList>('/api/notifications', { signal, query: { unread: unreadOnly, limit: 50 } }),
    // The unread count in the header is the only live signal of new escalations, so it polls.
    refetchInterval: unreadOnly ? POLL_MS : false,
    staleTime: 5_000,
    enabled,
  });

export const useMarkNotificationRead = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: Id) => apiRequest<void>(`/api/notifications/${encodeURIComponent(id)}/read`, { method: 'POST' }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['notifications'] }),
  });
};

export const useMarkAllNotificationsRead = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<void>('/api/notifications/read-all', { method: 'POST' }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['notifications'] }),
  });
};

export type Escalation = {
  eventId: Id;
  caseId: Id;
  caseNumber: string;
  status: string;
  priority: string;
  escalationLevel: number;
  level: number;
  role: string;
  reason: string;
  target: string | null;
  departmentName: string | null;
  assigneeName: string | null;
  at: string;
};

export type EscalationSummary = { total: number; level1: number; level2: number; cases: number };

// The server counts every matching escalation; a server without the summary gets one counted from the rows it sent.
const summarise = (items: Escalation[]): EscalationSummary => ({
  total: items.length,
  level1: items.filter((r) => r.level < 2).length,
  level2: items.filter((r) => r.level >= 2).length,
  cases: new Set(items.map((r) => r.caseId)).size,
});

export const useEscalations = (openOnly: boolean) =>
  useQuery({
    queryKey: ['escalations', openOnly],
    queryFn: ({ signal }) =>
      apiRequest<{ items: Escalation[]; summary?: EscalationSummary }>('/api/escalations', { signal, query: { open: openOnly, limit: 500 } }),
    select: (d) => ({ items: d.items, summary: d.summary ?? summarise(d.items) }),
    refetchInterval: POLL_MS,
  });
