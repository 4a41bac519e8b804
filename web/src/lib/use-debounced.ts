import { useEffect, useState } from 'react';

/** The value as it was `ms` after it last changed; compared by content, so fresh objects do not restart it. */
export const useDebounced = <T>(value: T, ms: number): T => {
  const [settled, setSettled] = useState(value);
  const key = JSON.stringify(value) ?? '';
  useEffect(() => {
    // The effect re-runs only when the content changes, so this render's value is the one to settle on.
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [key, ms]);
  return settled;
};
