/**
 * Live queries over the repositories: the component re-renders when the rows it read change, in this tab or
 * another. `undefined` means "still loading", so pages can tell loading from empty.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Repositories } from './repositories';
import { useRepositories } from './useRepositories';

export function useLiveRecords<T>(query: (repositories: Repositories) => Promise<T>, deps: readonly unknown[] = []): T | undefined {
  const repositories = useRepositories();
  // The caller lists the query's own inputs in `deps`.
  return useLiveQuery(() => query(repositories), [repositories, ...deps]);
}
