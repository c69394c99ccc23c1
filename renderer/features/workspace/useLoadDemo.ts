import { useCallback, useState } from 'react';
import { useRepositories } from '../../db/useRepositories';
import { loadDemoWorkspace } from './loadDemoWorkspace';

/** Loads the demo workspace, tracking progress and failure for the button that started it. */
export function useLoadDemo() {
  const repositories = useRepositories();
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(async () => {
    setLoading(true);
    setError(null);
    try {
      await loadDemoWorkspace(repositories);
      return true;
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
      return false;
    } finally {
      setLoading(false);
    }
  }, [repositories]);
  return { load, loading, error };
}
