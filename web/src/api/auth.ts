import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client.ts';
import type { BodyOf, Me } from './model.ts';

export const meKey = ['me'] as const;

// The session endpoint answers "nobody signed in" with 200 { user: null }, not with a 401.
const fetchMe = async (signal?: AbortSignal): Promise<Me | null> => {
  const s = await unwrap(api.GET('/api/auth/session', { signal }));
  return 'permissions' in s && s.user ? s : null;
};

export const useMe = () =>
  useQuery({ queryKey: meKey, queryFn: ({ signal }) => fetchMe(signal), staleTime: Infinity, retry: 1 });

export type LoginBody = BodyOf<'/api/auth/login', 'post'>;

export const useLogin = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginBody) => unwrap(api.POST('/api/auth/login', { body })),
    onSuccess: async () => {
      loggedOutOnPurpose = false;
      // Data cached for a previous user must not leak into this session.
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== meKey[0] });
      await qc.invalidateQueries({ queryKey: meKey });
    },
  });
};

// After a deliberate logout the login guard must not offer to return to the page the user left;
// after an expired session it should.
let loggedOutOnPurpose = false;
export const wasLoggedOutOnPurpose = (): boolean => loggedOutOnPurpose;

export const useLogout = () => {
  const qc = useQueryClient();
  return useMutation({
    // Requests still in flight (a card refreshing after the last save) would reach the server after the session
    // ends and answer 401: they are cancelled before the logout is sent.
    onMutate: () => qc.cancelQueries(),
    mutationFn: () => unwrap(api.POST('/api/auth/logout')),
    onSuccess: () => {
      loggedOutOnPurpose = true;
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== meKey[0] });
      qc.setQueryData(meKey, null);
    },
  });
};

/** Whether the signed-in user holds a server permission such as 'case.create'. */
export const useCan = (permission: string): boolean => {
  const me = useMe();
  return me.data?.permissions.includes(permission) ?? false;
};

/**
 * Whether the signed-in user may change this case (mirrors the server's rule): the roles that see every
 * department, and the lead department's people. A collaborating department reads and comments.
 */
export const useLeadsCase = (c: { departmentId: string | null }): boolean => {
  const me = useMe().data;
  if (!me) return false;
  if (me.permissions.includes('case.read.all_departments')) return true;
  return !!me.user.departmentId && me.user.departmentId === c.departmentId;
};
