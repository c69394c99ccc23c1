/**
 * Builds the competition package file (format in competitionPackageSchema.ts and docs/formats.md).
 * Entries and judges are rebuilt field by field from an allow-list — never spread from the records — so a field
 * added to Entry later cannot leak into the file by accident.
 */
import type { Competition, Entry, JudgeAssignment } from '../../domain';
import { PIN_PBKDF2_ITERATIONS } from '../pin/hashPin';
import { entryTakesPart } from '../status/entryTakesPart';
import { utf8Encode } from '../webApis';
import { canonicalJson } from './canonicalJson';
import {
  COMPETITION_PACKAGE_FORMAT,
  COMPETITION_PACKAGE_VERSION,
  competitionPackageV1Schema,
  packageCompetitionSchema,
  type PackageEntry,
  type PackageJudge,
} from './competitionPackageSchema';
import { packageChecksum } from './packageChecksum';

export const PACKAGE_BUILD_ISSUE_CODES = [
  /** Packages are made once the draw is done: status drawn or scoring. params: { status } */
  'wrong_status',
  /** An entry taking part has no anonymous code (draw not applied). params: { entryId } */
  'entry_without_anon_code',
  /** params: { assignmentId } */
  'judge_without_pin',
  /** params: { assignmentId } */
  'judge_without_display_name',
  /** params: { assignmentId, moduleId } */
  'judge_unknown_module',
  /** An entry or assignment of another competition was passed in. params: { id } */
  'other_competition',
] as const;
export type PackageBuildIssueCode = (typeof PACKAGE_BUILD_ISSUE_CODES)[number];

export interface PackageBuildIssue {
  code: PackageBuildIssueCode;
  params: Readonly<Record<string, string>>;
}

export interface CompetitionPackageInput {
  competition: Competition;
  /** Entries of the competition; those without an anonymous code that are not taking part are left out. */
  entries: readonly Entry[];
  /** The judges to put on the judge laptops, each with the label shown at login. */
  judges: readonly { assignment: JudgeAssignment; displayName: string }[];
  /** Export time (ISO 8601), passed in so the same input gives the same bytes. */
  exportedAt: string;
  /** PBKDF2 iterations used for the PINs (default PIN_PBKDF2_ITERATIONS). */
  pinIterations?: number;
}

/** Thrown by buildCompetitionPackage when checkCompetitionPackageInput finds issues. */
export class CompetitionPackageBuildError extends Error {
  constructor(readonly issues: readonly PackageBuildIssue[]) {
    super(`competition package cannot be built: ${issues.map((i) => i.code).join(', ')}`);
    this.name = 'CompetitionPackageBuildError';
  }
}

/** What stops a package from being built; empty when it can be. The UI shows these before offering export. */
export function checkCompetitionPackageInput(input: CompetitionPackageInput): PackageBuildIssue[] {
  const issues: PackageBuildIssue[] = [];
  const { competition } = input;
  if (competition.status !== 'drawn' && competition.status !== 'scoring') {
    issues.push({ code: 'wrong_status', params: { status: competition.status } });
  }
  const moduleIds = new Set(competition.rubric.parts.flatMap((p) => p.modules.map((m) => m.id)));
  for (const entry of input.entries) {
    if (entry.competitionId !== competition.id) issues.push({ code: 'other_competition', params: { id: entry.id } });
    else if (!entry.anonCode && entryTakesPart(entry.status)) {
      issues.push({ code: 'entry_without_anon_code', params: { entryId: entry.id } });
    }
  }
  for (const { assignment, displayName } of input.judges) {
    const assignmentId = assignment.id;
    if (assignment.competitionId !== competition.id) issues.push({ code: 'other_competition', params: { id: assignmentId } });
    if (!assignment.pinHash || !assignment.pinSalt) issues.push({ code: 'judge_without_pin', params: { assignmentId } });
    if (displayName.trim() === '') issues.push({ code: 'judge_without_display_name', params: { assignmentId } });
    for (const moduleId of assignment.moduleIds) {
      if (!moduleIds.has(moduleId)) issues.push({ code: 'judge_unknown_module', params: { assignmentId, moduleId } });
    }
  }
  return issues;
}

/** UTF-8 JSON, keys in canonical order, two-space indented, with the checksum of its canonical content. */
export async function buildCompetitionPackage(input: CompetitionPackageInput): Promise<Uint8Array> {
  const issues = checkCompetitionPackageInput(input);
  if (issues.length > 0) throw new CompetitionPackageBuildError(issues);

  const competition = packageCompetitionSchema.parse(pickCompetition(input.competition));
  const entries: PackageEntry[] = input.entries
    .filter((e) => e.anonCode)
    .map((e) => ({
      id: e.id,
      anonCode: e.anonCode!,
      status: e.status,
      ...(e.drawOrder === undefined ? {} : { drawOrder: e.drawOrder }),
      ...(e.station === undefined ? {} : { station: e.station }),
    }))
    // By code, not by id or input order: ids or the roster's order could hint at who is who.
    .sort((a, b) => compare(a.anonCode, b.anonCode));
  const judges: PackageJudge[] = input.judges
    .map(({ assignment, displayName }) => ({
      id: assignment.id,
      role: assignment.role,
      moduleIds: [...assignment.moduleIds],
      stations: [...assignment.stations],
      displayName: displayName.trim(),
      pinHash: assignment.pinHash!,
      pinSalt: assignment.pinSalt!,
    }))
    .sort((a, b) => compare(a.id, b.id));

  const content = {
    format: COMPETITION_PACKAGE_FORMAT,
    version: COMPETITION_PACKAGE_VERSION,
    exportedAt: input.exportedAt,
    competition,
    entries,
    judges,
    pinKdf: { algorithm: 'PBKDF2-HMAC-SHA256', iterations: input.pinIterations ?? PIN_PBKDF2_ITERATIONS },
  };
  const pkg = { ...content, checksum: { algorithm: 'SHA-256', value: await packageChecksum(content) } };
  // The file must read back: a failure here is a bug, not a user error.
  competitionPackageV1Schema.parse(pkg);
  return utf8Encode(`${canonicalJson(pkg, 2)}\n`);
}

/** The competition fields a package keeps (allow-list; see packageCompetitionSchema). */
function pickCompetition(c: Competition) {
  return {
    id: c.id,
    version: c.version,
    updatedAt: c.updatedAt,
    name: c.name,
    year: c.year,
    level: c.level,
    trade: c.trade,
    startDate: c.startDate,
    endDate: c.endDate,
    venue: c.venue,
    status: c.status,
    teamBased: c.teamBased,
    rubric: c.rubric,
    ...(c.drawnAt === undefined ? {} : { drawnAt: c.drawnAt }),
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
