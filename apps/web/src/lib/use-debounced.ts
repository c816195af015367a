import { useEffect, useState } from 'react';

/** The value once it has stopped changing for `ms` milliseconds (search boxes ask the server only then). */
export function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const h = setTimeout(() => setV(value), ms);
    return () => clearTimeout(h);
  }, [value, ms]);
  return v;
}
