import { useMemo, type ReactNode } from 'react';
import { getDatabase, type JiangxinDatabase } from './database';
import { createRepositories } from './repositories';
import { RepositoriesContext } from './repositoriesContext';

/** Provides the repositories; tests may pass their own database. */
export function RepositoriesProvider({ database, children }: { database?: JiangxinDatabase; children: ReactNode }) {
  const repositories = useMemo(() => createRepositories(database ?? getDatabase()), [database]);
  return <RepositoriesContext.Provider value={repositories}>{children}</RepositoriesContext.Provider>;
}
