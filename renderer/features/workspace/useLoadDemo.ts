import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRepositories } from '../../db/useRepositories';
import { writeErrorText } from '../backup/errorText';
import { loadDemoWorkspace } from './loadDemoWorkspace';

/** Loads the demo workspace, tracking progress and failure for the button that started it. */
export function useLoadDemo() {
  const { t } = useTranslation();
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
      setError(writeErrorText(t, cause));
      return false;
    } finally {
      setLoading(false);
    }
  }, [repositories, t]);
  return { load, loading, error };
}
