/**
 * Turns a checked roster preview into what the confirmed import writes (one transaction, see
 * competitionsRepository.importRoster): the people to create, and one entry per ok row — or, in a team
 * competition, one entry per team with its members. Rows with errors are skipped; unknown departments are
 * errors in the preview, so an import never creates departments.
 */
import type { RosterPreviewOk, RosterRow } from '../../../../shared/competitions/roster/types';
import type { Competition, Entry, Person } from '../../../../shared/domain';
import type { Draft } from '../../../db/repositories/recordMeta';
import { teamScoringOf } from '../../../../shared/competitions/teams/teamScoringOf';
import type { RosterImport } from '../../../db/repositories/competitionsRepository';

export interface RosterImportPlan extends RosterImport {
  /** Preview rows written, in file order. */
  readonly importedRows: readonly number[];
}

/** A row the import can write: ok, with a person and the department it represents. */
type WritableRow = RosterRow & { person: NonNullable<RosterRow['person']>; departmentId: string };

function isWritable(row: RosterRow): row is WritableRow {
  return row.status === 'ok' && row.person !== undefined && row.departmentId !== undefined;
}

export function buildRosterImport(
  preview: Pick<RosterPreviewOk, 'rows'>,
  competition: Pick<Competition, 'id' | 'teamBased' | 'teamScoring'>,
  makeId: () => string,
): RosterImportPlan {
  const rows = preview.rows.filter(isWritable);
  const newPeople: Draft<Person>[] = [];
  const personIdOf = new Map<number, string>();
  for (const row of rows) {
    const { person } = row;
    if (person.kind === 'existing') {
      personIdOf.set(row.row, person.personId);
      continue;
    }
    const id = makeId();
    personIdOf.set(row.row, id);
    newPeople.push({
      id,
      name: person.name,
      employeeNo: person.employeeNo,
      departmentId: person.departmentId,
      trade: person.trade,
      ...(person.skillGrade ? { skillGrade: person.skillGrade } : {}),
      ...(person.gender ? { gender: person.gender } : {}),
      honours: [],
    });
  }

  const groups: WritableRow[][] = [];
  // A team scored as one unit is one entry; members of a team scored from their totals (sum / mean) enter alone.
  if (teamScoringOf(competition) === 'unit') {
    const byTeam = new Map<string, WritableRow[]>();
    for (const row of rows) {
      // The preview refuses team rows without a team; the guard keeps a stray one from joining another team.
      if (!row.teamName) continue;
      const members = byTeam.get(row.teamName);
      if (members) members.push(row);
      else {
        const group = [row];
        byTeam.set(row.teamName, group);
        groups.push(group);
      }
    }
  } else {
    for (const row of rows) groups.push([row]);
  }

  const newEntries: Draft<Entry>[] = groups.map((members) => {
    const first = members[0]!;
    const memberIds = members.map((m) => personIdOf.get(m.row)!);
    // A teammate named as coach is a member, not a coach of the entry.
    const coachIds = [...new Set(members.flatMap((m) => m.coachIds))].filter((id) => !memberIds.includes(id));
    return {
      id: makeId(),
      competitionId: competition.id,
      memberIds,
      ...(competition.teamBased && first.teamName ? { teamName: first.teamName } : {}),
      departmentId: first.departmentId,
      coachIds,
      status: 'registered',
    };
  });

  return {
    competitionId: competition.id,
    newDepartments: [],
    newPeople,
    newEntries,
    importedRows: groups.flat().map((r) => r.row).sort((a, b) => a - b),
  };
}
