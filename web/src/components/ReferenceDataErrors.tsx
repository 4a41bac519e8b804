import { useCategories, useDepartments, useUsers } from '../api/reference.ts';
import { ErrorAlert } from './ErrorAlert.tsx';

// Pickers and labels silently lose their options when these lists fail; say so once, for every page.
export const ReferenceDataErrors = () => {
  const lists = [useCategories(), useDepartments(), useUsers()];
  const failed = lists.find((q) => q.isError);
  if (!failed) return null;
  return (
    <ErrorAlert
      error={failed.error}
      onRetry={() => lists.filter((q) => q.isError).forEach((q) => void q.refetch())}
      style={{ marginBottom: 12 }}
    />
  );
};
