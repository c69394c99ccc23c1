/**
 * Judge mode is a setting, not a route: while a session is active the whole app shows only the judge-mode screen
 * (no sidebar, no navigation), and a reload or a restart comes back to it. `assignmentId` is absent between two
 * judges on a shared laptop: the screen then shows the sign-in, still locked.
 */
import { useCallback } from 'react';
import { useLiveRecords } from '../../db/useLiveRecords';
import { useRepositories } from '../../db/useRepositories';

export const JUDGE_SESSION_KEY = 'judging.session';

export interface JudgeSession {
  readonly competitionId: string;
  readonly assignmentId?: string;
  readonly startedAt: string;
}

/** The active session, `null` when none, `undefined` while loading. */
export function useJudgeSession(): JudgeSession | null | undefined {
  return useLiveRecords(async (r) => (await r.settings.get<JudgeSession>(JUDGE_SESSION_KEY)) ?? null);
}

export function useSetJudgeSession() {
  const repositories = useRepositories();
  return useCallback(
    (session: JudgeSession | null) => repositories.settings.set(JUDGE_SESSION_KEY, session ?? undefined),
    [repositories],
  );
}
