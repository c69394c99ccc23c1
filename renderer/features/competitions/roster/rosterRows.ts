/**
 * The roster table's rows: each entry with its members' names and employee numbers and its department's path,
 * in running order once drawn (the rest by employee number), and the search over them.
 */
import type { Entry, EntryStatus, Person } from '../../../../shared/domain';

export interface RosterTableRow {
  readonly entry: Entry;
  /** Member names joined with "、"; a missing person shows as "?". */
  readonly names: string;
  readonly employeeNos: string;
  readonly department: string;
  readonly teamName: string;
}

export function rosterTableRows(
  entries: readonly Entry[],
  peopleById: ReadonlyMap<string, Pick<Person, 'name' | 'employeeNo'>>,
  departmentPathById: ReadonlyMap<string, string>,
): RosterTableRow[] {
  const rows = entries.map((entry): RosterTableRow => {
    const members = entry.memberIds.map((id) => peopleById.get(id));
    return {
      entry,
      names: members.map((p) => p?.name ?? '?').join('、'),
      employeeNos: members.map((p) => p?.employeeNo ?? '?').join('、'),
      department: departmentPathById.get(entry.departmentId) ?? '',
      teamName: entry.teamName ?? '',
    };
  });
  return rows.sort(
    (a, b) =>
      (a.entry.drawOrder ?? Number.MAX_SAFE_INTEGER) - (b.entry.drawOrder ?? Number.MAX_SAFE_INTEGER) ||
      a.teamName.localeCompare(b.teamName, 'zh-CN') ||
      a.employeeNos.localeCompare(b.employeeNos) ||
      a.entry.id.localeCompare(b.entry.id),
  );
}

/**
 * Rows whose name, employee number, department, team or status label contains every word of the query
 * (case-insensitive). The anonymous code is searched only when it may be shown: searching a sealed code
 * would reveal whose it is.
 */
export function filterRosterRows(
  rows: readonly RosterTableRow[],
  query: string,
  options: { readonly statusLabel: (status: EntryStatus) => string; /** The unsealed map, while it is open. */ readonly codeOf?: ReadonlyMap<string, string> | undefined },
): readonly RosterTableRow[] {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return rows;
  return rows.filter((row) => {
    const text = [
      row.names,
      row.employeeNos,
      row.department,
      row.teamName,
      options.statusLabel(row.entry.status),
      options.codeOf?.get(row.entry.id) ?? '',
    ]
      .join('\n')
      .toLowerCase();
    return words.every((word) => text.includes(word));
  });
}

/** Entries taking part (registered or checked in): the ones the draw and the judges see. */
export function isActiveEntry(entry: Pick<Entry, 'status'>): boolean {
  return entry.status === 'registered' || entry.status === 'checked_in';
}
