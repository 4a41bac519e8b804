import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client.ts';
import type { Schemas } from './model.ts';

export type RecomputeRequest = Schemas['RecomputeRequest'];
export type SweepFailure = Schemas['SweepFailure'];

// The background screen is looked at to see whether things move: it refreshes itself.
const REFRESH_MS = 15_000;

/** Pending recomputations of open cases' clocks, then the latest finished ones. */
export const useRecomputeRequests = () =>
  useQuery({
    queryKey: ['recompute-requests'],
    refetchInterval: REFRESH_MS,
    queryFn: ({ signal }) => unwrap(api.GET('/api/admin/recompute-requests', { signal })),
  });

/** Cases the time-limit sweep fails on and will retry. */
export const useSweepFailures = () =>
  useQuery({
    queryKey: ['sweep-failures'],
    refetchInterval: REFRESH_MS,
    queryFn: ({ signal }) => unwrap(api.GET('/api/admin/sweep-failures', { signal })),
  });

/** How many customer messages failed for good (the outbox's own count). */
export const useFailedMessageCount = () =>
  useQuery({
    queryKey: ['outbox-failed-count'],
    refetchInterval: REFRESH_MS,
    queryFn: async ({ signal }) => (await unwrap(api.GET('/api/admin/outbox', { signal, params: { query: { status: 'failed', limit: 1 } } }))).counts.failed,
  });
