import type { ReactNode } from 'react';
import type { Case } from '../api/types.ts';

type Props = { case: Case; placeholder?: ReactNode };

// Placeholder until time limits (SLA) exist; the queue and the detail header already reserve its slot.
export const SlaBadge = ({ placeholder = null }: Props) => <>{placeholder}</>;
