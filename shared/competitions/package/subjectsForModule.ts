/**
 * The subjects a module's judges score, from an imported package (the contract between sealing, judging and
 * results): for a sealed module the anonymous codes, for a live module the running orders with their stations.
 * Each subject's `ref` is what a mark names (`subjectRef`): a code such as "K137", or "order:7".
 */
import type { JudgingMode } from '../../domain';
import type { CompetitionPackage } from './competitionPackageSchema';

export interface PackageSubject {
  /** The mark's subjectRef: "K137" (sealed) or "order:7" (live). */
  readonly ref: string;
  /** What the judge reads: the code, or the running order as a number. */
  readonly label: string;
  /** Live only. */
  readonly order?: number;
  readonly station?: number;
}

export interface ModuleSubjects {
  readonly judging: JudgingMode;
  readonly subjects: readonly PackageSubject[];
}

/**
 * Undefined for a module that is not in the package. With `stations` (a judge's assigned stations, non-empty),
 * a live module's subjects are only those at these stations; sealed subjects have no station and are all listed.
 */
export function subjectsForModule(
  pkg: Pick<CompetitionPackage, 'competition' | 'subjects'>,
  moduleId: string,
  stations: readonly number[] = [],
): ModuleSubjects | undefined {
  const module = pkg.competition.rubric.parts.flatMap((p) => p.modules).find((m) => m.id === moduleId);
  if (!module) return undefined;
  if (module.judging === 'sealed') {
    return { judging: 'sealed', subjects: pkg.subjects.sealed.map((s) => ({ ref: s.ref, label: s.ref })) };
  }
  const atStations = stations.length === 0 ? pkg.subjects.live : pkg.subjects.live.filter((s) => s.station !== undefined && stations.includes(s.station));
  return {
    judging: 'live',
    subjects: atStations.map((s) => ({ ref: s.ref, label: String(s.order), order: s.order, ...(s.station === undefined ? {} : { station: s.station }) })),
  };
}
