import type { Role } from './permissions.ts';

/** Who is acting: every write records it. */
export type Actor = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  departmentId: string | null;
};
