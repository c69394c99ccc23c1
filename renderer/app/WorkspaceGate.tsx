/**
 * Shows the first-run choice on a brand-new workspace, and the page otherwise. With `?demo=auto` in the
 * address (what `npm start` and `npm run web` open) an empty, never-initialised workspace gets the demo
 * without asking.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { Alert, AlertTitle, Box } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { SETTING_KEYS } from '../db/repositories';
import { useRepositories } from '../db/useRepositories';
import { runScheduledBackupIfDue } from '../features/backup/autoBackup';
import { prepareDatabase } from '../features/backup/prepareDatabase';
import { requestPersistentStorage } from '../features/backup/usePersistentStorage';
import { loadDemoWorkspace } from '../features/workspace/loadDemoWorkspace';
import { WelcomePage } from '../features/workspace/WelcomePage';
import { PageLoading } from './components/PageLoading';

type GateState =
  | 'checking'
  | 'welcome'
  | 'ready'
  /** The database was made by a newer version of the app: it is not opened. */
  | { readonly newer: { installed: number; app: number } }
  /** The database could not be checked or backed up before its upgrade: it is not opened. */
  | { readonly failed: string };

/** The open check and the pre-upgrade backup run once per page. */
let prepared: ReturnType<typeof prepareDatabase> | undefined;
/** How long after the workspace opens the daily backup is first checked. */
const FIRST_SCHEDULED_CHECK_MS = 2 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

function wantsAutoDemo(): boolean {
  return new URLSearchParams(window.location.search).get('demo') === 'auto';
}

/** One automatic demo load per page, even when React runs the effect twice (StrictMode). */
let autoDemoLoad: Promise<void> | undefined;

export function WorkspaceGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const [state, setState] = useState<GateState>('checking');

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      try {
        prepared ??= prepareDatabase();
        const installed = await prepared;
        if (installed.kind === 'newer') {
          if (!cancelled) setState({ newer: { installed: installed.installed, app: installed.app } });
          return;
        }
      } catch (error) {
        if (!cancelled) setState({ failed: error instanceof Error ? error.message : String(error) });
        return;
      }
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

  useEffect(() => {
    if (state !== 'ready') return;
    const run = () => void runScheduledBackupIfDue(repositories).catch((error: unknown) => console.warn('scheduled backup failed', error));
    void requestPersistentStorage();
    // The daily backup is checked once the first screens are up (never competing with them), then hourly.
    const first = window.setTimeout(run, FIRST_SCHEDULED_CHECK_MS);
    const timer = window.setInterval(run, HOUR_MS);
    return () => {
      window.clearTimeout(first);
      window.clearInterval(timer);
    };
  }, [state, repositories]);

  if (state === 'checking') return <PageLoading />;
  if (typeof state === 'object') {
    return (
      <Box sx={{ p: 4, maxWidth: 720 }}>
        <Alert severity="error" data-testid="database-refused">
          <AlertTitle>{t('backup.open.refusedTitle')}</AlertTitle>
          {'newer' in state ? t('backup.open.newer', state.newer) : t('backup.open.failed', { message: state.failed })}
        </Alert>
      </Box>
    );
  }
  if (state === 'welcome') return <WelcomePage onChosen={() => setState('ready')} />;
  return children;
}
