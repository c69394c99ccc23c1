import { useContext } from 'react';
import { RepositoriesContext } from './repositoriesContext';
import type { Repositories } from './repositories';

export function useRepositories(): Repositories {
  const repositories = useContext(RepositoriesContext);
  if (!repositories) throw new Error('useRepositories must be used inside <RepositoriesProvider>');
  return repositories;
}
