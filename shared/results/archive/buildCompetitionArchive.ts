/**
 * Builds a competition archive file (format in competitionArchiveSchema.ts and docs/formats.md) from the
 * records. Entries, judges and marks are rebuilt from an allow-list of fields, never spread from the records.
 */
import { canonicalJson } from '../../competitions/package/canonicalJson';
import { sha256Hex, utf8Encode } from '../../competitions/webApis';
import type { Competition, Entry, JudgeAssignment, Mark } from '../../domain';
import {
  COMPETITION_ARCHIVE_FORMAT,
  COMPETITION_ARCHIVE_VERSION,
  type ArchiveEntry,
  type CompetitionArchiveV1,
} from './competitionArchiveSchema';
import { entryScoringMarks, resolveSubjects } from '../resolveSubjects';

export interface CompetitionArchiveInput {
  readonly competition: Competition;
  readonly entries: readonly Entry[];
  readonly judges: readonly JudgeAssignment[];
  readonly marks: readonly Mark[];
  /** Export time (ISO 8601), passed in so the same input gives the same bytes. */
  readonly exportedAt: string;
  /** Names and departments to print; leave out for an anonymised archive. */
  readonly nameOf?: (entry: Entry) => { name?: string; department?: string } | undefined;
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

export async function buildCompetitionArchive(input: CompetitionArchiveInput): Promise<CompetitionArchiveV1> {
  const resolved = entryScoringMarks(input.marks, resolveSubjects(input.entries, input.codeOf));
  if (resolved.unresolved > 0) throw new UnresolvedMarksError(resolved.unresolved);
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
    };
  });
  const content = {
    format: COMPETITION_ARCHIVE_FORMAT,
    version: COMPETITION_ARCHIVE_VERSION,
    exportedAt: input.exportedAt,
    competition: input.competition,
    entries,
    judges: input.judges.map((j) => ({ id: j.id, role: j.role, displayName: input.judgeLabel(j) })),
    marks: resolved.marks.map((m) => ({ entryId: m.subject, itemId: m.itemId, judgeId: m.judgeId, value: m.value })),
  };
  const value = await sha256Hex(utf8Encode(canonicalJson(content)));
  return { ...content, checksum: { algorithm: 'SHA-256', value } } as CompetitionArchiveV1;
}

/** The archive as UTF-8 JSON, keys in canonical order, two-space indented. */
export function serialiseCompetitionArchive(archive: CompetitionArchiveV1): Uint8Array {
  return utf8Encode(`${canonicalJson(archive, 2)}\n`);
}
