/**
 * Shows the first-run choice on a brand-new workspace, and the page otherwise. With `?demo=auto` in the
 * address (what `npm start` and `npm run web` open) an empty, never-initialised workspace gets the demo
 * without asking.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { SETTING_KEYS } from '../db/repositories';
import { useRepositories } from '../db/useRepositories';
import { loadDemoWorkspace } from '../features/workspace/loadDemoWorkspace';
import { WelcomePage } from '../features/workspace/WelcomePage';
import { PageLoading } from './components/PageLoading';

type GateState = 'checking' | 'welcome' | 'ready';

function wantsAutoDemo(): boolean {
  return new URLSearchParams(window.location.search).get('demo') === 'auto';
}

/** One automatic demo load per page, even when React runs the effect twice (StrictMode). */
let autoDemoLoad: Promise<void> | undefined;

export function WorkspaceGate({ children }: { children: ReactNode }) {
  const repositories = useRepositories();
  const [state, setState] = useState<GateState>('checking');

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const initialised = await repositories.settings.get<string>(SETTING_KEYS.initialisedAt);
      const empty = initialised ? false : await repositories.workspace.isEmpty();
      let next: GateState = initialised || !empty ? 'ready' : 'welcome';
      if (next === 'welcome' && wantsAutoDemo()) {
        autoDemoLoad ??= loadDemoWorkspace(repositories);
        await autoDemoLoad;
        next = 'ready';
      }
      if (!cancelled) setState(next);
    })();
    return () => {
      cancelled = true;
    };
  }, [repositories]);

  if (state === 'checking') return <PageLoading />;
  if (state === 'welcome') return <WelcomePage onChosen={() => setState('ready')} />;
  return children;
}
