import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client.ts';
import type { Id } from './model.ts';

export type { AppNotification, Escalation, EscalationSummary, NotificationList } from './model.ts';

const POLL_MS = 30_000;

export const useNotifications = (unreadOnly: boolean, enabled = true) =>
  useQuery({
    queryKey: ['notifications', unreadOnly ? 'unread' : 'all'],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/notifications', { signal, params: { query: { unread: unreadOnly ? 'true' : 'false', limit: 50 } } })),
    // The unread count in the header is the only live signal of new escalations, so it polls.
    refetchInterval: unreadOnly ? POLL_MS : false,
    staleTime: 5_000,
    enabled,
  });

export const useMarkNotificationRead = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: Id) => unwrap(api.POST('/api/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['notifications'] }),
  });
};

export const useMarkAllNotificationsRead = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/notifications/read-all')),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['notifications'] }),
  });
};

export const useEscalations = (openOnly: boolean) =>
  useQuery({
    queryKey: ['escalations', openOnly],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/escalations', { signal, params: { query: { open: openOnly ? 'true' : 'false', limit: 500 } } })),
    refetchInterval: POLL_MS,
  });
