import { useState } from 'react';

/**
 * The latest value that was not `undefined`: a live query whose inputs change (a filter clicked, more rows asked
 * for) answers `undefined` until its new result arrives, and the page keeps showing the previous one meanwhile
 * instead of flashing back to its loading state.
 */
export function useLatestDefined<T>(value: T | undefined): T | undefined {
  const [latest, setLatest] = useState(value);
  // Adjusting state while rendering (React's pattern for values derived from changing props).
  if (value !== undefined && value !== latest) setLatest(value);
  return value ?? latest;
}
