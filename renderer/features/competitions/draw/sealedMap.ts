/** The unsealed map anonymous code → entrant, in code order: what the encryption officer holds and prints. */
import type { CodeMap } from '../../../../shared/competitions/sealing/codeMap';
import { compareCodes } from '../../../../shared/competitions/sealing/drawAnonymousCodes';
import type { Entry, Person } from '../../../../shared/domain';
import { rosterTableRows, type RosterTableRow } from '../roster/rosterRows';

export type SealedMapRow = RosterTableRow & { readonly code: string };

export function sealedMapRows(
  entries: readonly Entry[],
  map: Pick<CodeMap, 'codes'>,
  peopleById: ReadonlyMap<string, Pick<Person, 'name' | 'employeeNo'>>,
  departmentPathById: ReadonlyMap<string, string>,
): SealedMapRow[] {
  return rosterTableRows(
    entries.filter((e) => map.codes.has(e.id)),
    peopleById,
    departmentPathById,
  )
    .map((row) => ({ ...row, code: map.codes.get(row.entry.id)! }))
    .sort((a, b) => compareCodes(a.code, b.code));
}
