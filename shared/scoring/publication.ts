/**
 * Publication (公示) snapshots: the results frozen in exact form — totals, part and module scores and tie-break
 * values as two-decimal text — and hashed over their canonical JSON, so every rank can be explained and checked
 * later on any machine.
 */
import { canonicalJson } from '../competitions/package/canonicalJson';
import type { PublishedResult, PublishedTeams } from '../domain';
import { sha256Hex } from '../util/sha256';
import { formatHundredths, type Hundredths, hundredthsToPoints, parseHundredths, pointsToHundredths } from './hundredths';
import type { Results } from './types';

/** A published row's exact total: its two-decimal score text when the snapshot has it, else its points. */
export function publishedTotal(row: Pick<PublishedResult, 'scores' | 'total'>): Hundredths {
  return (row.scores && parseHundredths(row.scores.total)) ?? pointsToHundredths(row.total);
}

/**
 * Published rows from computed results. `entryOf` maps an engine key to the entry id and anonymous code (after
 * unsealing the key usually is the entry id already).
 */
export function publishedResultsOf(
  results: Results,
  entryOf: (key: string) => { readonly entryId: string; readonly anonCode?: string | undefined } = (key) => ({ entryId: key }),
): PublishedResult[] {
  const { parts, modules } = results.rubric;
  return results.rows.map((row) => {
    const entry = entryOf(row.key);
    return {
      entryId: entry.entryId,
      total: hundredthsToPoints(row.total),
      ...(row.rank !== undefined ? { rank: row.rank } : {}),
      ...(row.award !== undefined ? { award: row.award } : {}),
      ...(entry.anonCode ? { anonCode: entry.anonCode } : {}),
      status: row.status,
      scores: {
        total: formatHundredths(row.total),
        parts: Object.fromEntries(parts.map((p, i) => [p.id, formatHundredths(row.score.parts[i] as Hundredths)])),
        modules: Object.fromEntries(modules.map((m, i) => [m.id, formatHundredths(row.score.modules[i] as Hundredths)])),
        tieBreak: row.tieBreakValues.map((t) => (t.value === undefined ? null : formatHundredths(t.value as Hundredths))),
      },
    };
  });
}

/**
 * The publication hash: SHA-256 (hex) of the canonical JSON of the published rows; with a team ranking (snapshot
 * format 2), of `{ results, teams }`, so the teams are frozen under the same hash.
 */
export function hashPublishedResults(results: readonly PublishedResult[], teams?: PublishedTeams): string {
  return sha256Hex(canonicalJson(teams === undefined ? results : { results, teams }));
}
