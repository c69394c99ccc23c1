/**
 * Builds a competition archive file (format in competitionArchiveSchema.ts and docs/formats.md) from the
 * records. Entries, judges and marks are rebuilt from an allow-list of fields, never spread from the records.
 * The file is version 2 only when an entry carries a team name (a team event scored from its members' totals);
 * otherwise version 1, byte for byte as before, so older readers keep reading archives that need nothing new.
 */
import { canonicalJson } from '../../competitions/package/canonicalJson';
import { sha256Hex, utf8Encode } from '../../competitions/webApis';
import { teamsFromMembers } from '../../competitions/teams/teamScoringOf';
import type { Competition, Entry, JudgeAssignment, Mark } from '../../domain';
import {
  COMPETITION_ARCHIVE_FORMAT,
  COMPETITION_ARCHIVE_VERSION,
  type ArchiveEntry,
  type CompetitionArchive,
} from './competitionArchiveSchema';
import { entryScoringMarks, resolveSubjects } from '../resolveSubjects';

export interface CompetitionArchiveInput {
  readonly competition: Competition;
  readonly entries: readonly Entry[];
  readonly judges: readonly JudgeAssignment[];
  readonly marks: readonly Mark[];
  /** Export time (ISO 8601), passed in so the same input gives the same bytes. */
  readonly exportedAt: string;
  /**
   * Names, departments and team names to print; leave out (or give none) for an anonymised archive. A team name
   * can identify the people in it as well as their names can, so it travels with them: an anonymised archive of a
   * team event keeps its individual results but not its teams.
   */
  readonly nameOf?: (entry: Entry) => { name?: string; department?: string; teamName?: string } | undefined;
  /** Label of each judge (e.g. their name, or 3号裁判). */
  readonly judgeLabel: (judge: JudgeAssignment) => string;
  /**
   * Entry → anonymous code, from the unsealed code map or a publication; it is also what ties sealed marks (whose
   * subjectRef is a code) to entries. Leave out only when the competition has no sealed module.
   */
  readonly codeOf?: ReadonlyMap<string, string> | undefined;
}

/** A mark whose subject cannot be tied to an entry (the code map is still sealed): the archive would lose it. */
export class UnresolvedMarksError extends Error {
  constructor(readonly count: number) {
    super(`${count} marks name anonymous codes that cannot be resolved without the unsealed code map`);
    this.name = 'UnresolvedMarksError';
  }
}

export async function buildCompetitionArchive(input: CompetitionArchiveInput): Promise<CompetitionArchive> {
  const resolved = entryScoringMarks(input.marks, resolveSubjects(input.entries, input.codeOf));
  if (resolved.unresolved > 0) throw new UnresolvedMarksError(resolved.unresolved);
  // Only members of teams scored from their totals need their team named; a team scored as one unit is one entry
  // whose name is already the team's, and an individual competition has no teams.
  const keepsTeams = teamsFromMembers(input.competition);
  const entries: ArchiveEntry[] = input.entries.map((e) => {
    const names = input.nameOf?.(e);
    const anonCode = input.codeOf?.get(e.id);
    return {
      id: e.id,
      ...(anonCode ? { anonCode } : {}),
      status: e.status,
      ...(e.drawOrder !== undefined ? { drawOrder: e.drawOrder } : {}),
      ...(e.station !== undefined ? { station: e.station } : {}),
      ...(names?.name ? { name: names.name } : {}),
      ...(names?.department ? { department: names.department } : {}),
      ...(keepsTeams && names?.teamName?.trim() ? { teamName: names.teamName } : {}),
    };
  });
  const content = {
    format: COMPETITION_ARCHIVE_FORMAT,
    version: entries.some((e) => e.teamName !== undefined) ? COMPETITION_ARCHIVE_VERSION : 1,
    exportedAt: input.exportedAt,
    competition: input.competition,
    entries,
    judges: input.judges.map((j) => ({ id: j.id, role: j.role, displayName: input.judgeLabel(j) })),
    marks: resolved.marks.map((m) => ({ entryId: m.subject, itemId: m.itemId, judgeId: m.judgeId, value: m.value })),
  };
  const value = await sha256Hex(utf8Encode(canonicalJson(content)));
  return { ...content, checksum: { algorithm: 'SHA-256', value } } as CompetitionArchive;
}

/** The archive as UTF-8 JSON, keys in canonical order, two-space indented. */
export function serialiseCompetitionArchive(archive: CompetitionArchive): Uint8Array {
  return utf8Encode(`${canonicalJson(archive, 2)}\n`);
}
