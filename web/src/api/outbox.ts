import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client.ts';
import type { Schemas } from './model.ts';

export type OutboxMessage = Schemas['OutboxMessage'];
export type OutboxMessageDetail = Schemas['OutboxMessageDetail'];
export type OutboxPage = Schemas['OutboxPage'];
export type MessageTemplate = Schemas['MessageTemplates']['items'][number];
export type ChannelSettings = Schemas['ChannelSettings'];
export type CustomerMessage = Schemas['CustomerMessages']['items'][number];
export type CustomerMessageSettings = Schemas['CustomerMessageSettings'];
export type CustomerMessageSettingsChange = Schemas['CustomerMessageSettingsChange'];
export type OutboxStatus = OutboxMessage['status'];
export type CustomerChannel = OutboxMessage['channel'];
export type CustomerEvent = OutboxMessage['event'];

export const OUTBOX_STATUSES: OutboxStatus[] = ['pending', 'sending', 'sent', 'failed', 'suppressed'];
export const CUSTOMER_CHANNELS: CustomerChannel[] = ['sms', 'wechat', 'email'];
export const CUSTOMER_EVENTS: CustomerEvent[] = ['received', 'assigned', 'progress_reply', 'remedy_offered', 'remedy_executed', 'resolved', 'survey', 'otp'];

export type OutboxFilter = { status?: OutboxStatus | undefined; channel?: CustomerChannel | undefined; event?: CustomerEvent | undefined; caseNumber?: string | undefined };

/** 消息发件箱: every customer message, newest first, a page at a time. */
export const useOutbox = (f: OutboxFilter) =>
  useInfiniteQuery({
    queryKey: ['outbox', f],
    queryFn: ({ pageParam, signal }) =>
      unwrap(api.GET('/api/admin/outbox', { signal, params: { query: { ...f, limit: 50, cursor: pageParam ?? undefined } } })),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

export const useOutboxMessage = (id: string | null) =>
  useQuery({
    queryKey: ['outbox-message', id],
    enabled: !!id,
    queryFn: ({ signal }) => unwrap(api.GET('/api/admin/outbox/{id}', { signal, params: { path: { id: id! } } })),
  });

export const useRetryMessage = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/admin/outbox/{id}/retry', { params: { path: { id } } })),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['outbox'] });
      void qc.invalidateQueries({ queryKey: ['outbox-message'] });
    },
  });
};

export const useMessageTemplates = () =>
  useQuery({ queryKey: ['message-templates'], queryFn: ({ signal }) => unwrap(api.GET('/api/admin/message-templates', { signal })) });

type TemplateKey = { event: CustomerEvent; channel: CustomerChannel; language: 'zh' | 'en' };

export const useSaveTemplate = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ key, body }: { key: TemplateKey; body: { subject?: string | null; body: string; providerTemplateId?: string | null } }) =>
      unwrap(api.PUT('/api/admin/message-templates/{event}/{channel}/{language}', { params: { path: key }, body })),
    onSuccess: (data) => qc.setQueryData(['message-templates'], data),
  });
};

export const useResetTemplate = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (key: TemplateKey) => unwrap(api.DELETE('/api/admin/message-templates/{event}/{channel}/{language}', { params: { path: key } })),
    onSuccess: (data) => qc.setQueryData(['message-templates'], data),
  });
};

export const useNotificationChannels = () =>
  useQuery({ queryKey: ['notification-channels'], queryFn: ({ signal }) => unwrap(api.GET('/api/admin/notification-channels', { signal })) });

export const useSaveChannel = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({
      channel,
      body,
    }: {
      channel: CustomerChannel;
      body: { driver: string; enabled: boolean; maxAttempts: number; options: Record<string, string | number | boolean>; secrets: Record<string, string | null> };
    }) => unwrap(api.PUT('/api/admin/notification-channels/{channel}', { params: { path: { channel } }, body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['notification-channels'] }),
  });
};

export const useTestSend = () =>
  useMutation({
    mutationFn: ({ channel, to, language }: { channel: CustomerChannel; to: string; language: 'zh' | 'en' }) =>
      unwrap(api.POST('/api/admin/notification-channels/{channel}/test', { params: { path: { channel } }, body: { to, language } })),
  });

/** What the customer was sent on a case (staff who may see the case). */
export const useCustomerMessages = (caseId: string) =>
  useQuery({
    queryKey: ['customer-messages', caseId],
    queryFn: ({ signal }) => unwrap(api.GET('/api/cases/{id}/customer-messages', { signal, params: { path: { id: caseId } } })),
  });

/** Staff change the customer's message settings on the case page (on the customer's word). */
export const useSaveCustomerSettings = (caseId: string) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CustomerMessageSettingsChange) => unwrap(api.PUT('/api/cases/{id}/customer-messages/settings', { params: { path: { id: caseId } }, body })),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['customer-messages', caseId] });
      void qc.invalidateQueries({ queryKey: ['case'] });
    },
  });
};
