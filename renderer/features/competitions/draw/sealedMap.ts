/** The sealed map anonymous code → entrant, in code order: what the encryption officer holds and prints. */
import type { Entry, Person } from '../../../../shared/domain';
import { rosterTableRows, type RosterTableRow } from '../roster/rosterRows';
import { compareCodes } from './drawRecord';

export type SealedMapRow = RosterTableRow & { readonly code: string };

export function sealedMapRows(
  entries: readonly Entry[],
  peopleById: ReadonlyMap<string, Pick<Person, 'name' | 'employeeNo'>>,
  departmentPathById: ReadonlyMap<string, string>,
): SealedMapRow[] {
  return rosterTableRows(
    entries.filter((e) => e.anonCode !== undefined),
    peopleById,
    departmentPathById,
  )
    .map((row) => ({ ...row, code: row.entry.anonCode! }))
    .sort((a, b) => compareCodes(a.code, b.code));
}
