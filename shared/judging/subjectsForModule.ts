/**
 * Which subjects a module's judge scores, named by `subjectRef` (cross-team contract): a sealed module's judges
 * see anonymous codes only, a live module's judges see draw order and station only — never both, so the public
 * draw list cannot tie a code to a name. Entries that do not take part are not scored.
 *
 * The master's view: entries give live refs, the sealed map's list of codes gives sealed refs.
 */
import { entryTakesPart } from '../competitions/status/entryTakesPart';
import type { EntryStatus, Module } from '../domain';

export interface SubjectSource {
  readonly drawOrder?: number;
  readonly station?: number;
  readonly status: EntryStatus;
}

export interface Subject {
  readonly ref: string;
  /** What the judge sees: the code, or the draw order. */
  readonly label: string;
  /** Live modules only. */
  readonly station?: number;
}

export type ModuleJudging = 'live' | 'sealed';

export function moduleJudging(module: Module): ModuleJudging {
  return (module as Module & { judging?: ModuleJudging }).judging ?? 'live';
}

export function liveSubjectRef(drawOrder: number): string {
  return `order:${drawOrder}`;
}

/**
 * On the master. `stations`: the judge's stations (empty: every station; only live modules have stations).
 * `sealedCodes`: the codes of the secret draw (the sealed map's public list of codes, not linked to entries).
 * Judge laptops use the package's list instead (shared/competitions/package/subjectsForModule.ts).
 */
export function subjectsForModule(
  module: Module,
  entries: readonly SubjectSource[],
  stations: readonly number[] = [],
  sealedCodes: readonly string[] = [],
): Subject[] {
  const active = entries.filter((e) => entryTakesPart(e.status));
  if (moduleJudging(module) === 'sealed') {
    return [...sealedCodes].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })).map((code) => ({ ref: code, label: code }));
  }
  return active
    .filter((e) => stations.length === 0 || (e.station !== undefined && stations.includes(e.station)))
    .flatMap((e) => (e.drawOrder === undefined ? [] : [{ ref: liveSubjectRef(e.drawOrder), label: String(e.drawOrder), ...(e.station === undefined ? {} : { station: e.station }), order: e.drawOrder }]))
    .sort((a, b) => a.order - b.order)
    .map(({ order: _order, ...subject }) => subject);
}
