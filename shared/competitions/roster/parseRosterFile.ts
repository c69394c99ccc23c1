/**
 * Preview of a roster (名单) file before anything is written: each row with the person it would create or the
 * existing person it matches by employee number, the department and team of the entry, and every reason the
 * row cannot be imported. The UI shows this and imports the ok rows in one transaction.
 */
import { IMPORT_LIMITS } from '../../safety/importLimits';
import { cellText, isFormulaLike, type CellRead } from '../xlsx/cellValue';
import { matchDepartment, type DepartmentMatcher } from './matchDepartment';
import { readRosterTable, type TableRow } from './readRosterTable';
import { parseGender, parseSkillGrade, rosterFieldOfHeader } from './rosterColumns';
import type {
  RosterContext,
  RosterField,
  RosterPerson,
  RosterPreview,
  RosterPreviewOk,
  RosterRow,
  RosterRowIssue,
  RosterTeam,
} from './types';

/** Largest number of data rows one import takes. */
export const MAX_ROSTER_ROWS = IMPORT_LIMITS.rosterXlsx.maxRows;
/** How far down the header row is looked for (titles such as "2024年技能竞赛报名表" often come first). */
const HEADER_SEARCH_ROWS = 20;
const REQUIRED: readonly RosterField[] = ['name', 'employeeNo'];
const NAME_MAX = 50;
const PLACEHOLDER = /^\s*[-—－]\s*$/;
const EMPLOYEE_NO_MAX = 30;

/**
 * Reads an xlsx or CSV roster and checks it against the workspace. What the file is comes from its bytes (a
 * renamed PNG is still a PNG); `fileName` only names a refused legacy file more precisely (.xls).
 */
export async function parseRosterFile(
  bytes: Uint8Array,
  fileName: string,
  context: RosterContext,
): Promise<RosterPreview> {
  const read = await readRosterTable(bytes, fileName);
  if (!read.ok) {
    if (read.code === 'wrong_file_type') return { ok: false, error: { code: read.code, params: { detected: read.detected } } };
    if (read.code === 'file_too_large' || read.code === 'unsafe_archive') return { ok: false, error: { code: read.code, params: read.params } };
    if (read.code === 'too_many_rows') return { ok: false, error: { code: read.code, params: { max: MAX_ROSTER_ROWS } } };
    return { ok: false, error: { code: read.code } };
  }
  const { table } = read;
  if (table.sheets.every((s) => s.rows.every((r) => r.cells.every((c) => c.kind === 'empty')))) {
    return { ok: false, error: { code: 'empty_file' } };
  }

  let found: { sheetName?: string; rows: TableRow[]; headerIndex: number } | undefined;
  for (const sheet of table.sheets) {
    const headerIndex = sheet.rows.slice(0, HEADER_SEARCH_ROWS).findIndex(isHeaderRow);
    if (headerIndex >= 0) {
      found = { ...(sheet.name === undefined ? {} : { sheetName: sheet.name }), rows: sheet.rows, headerIndex };
      break;
    }
  }
  if (!found) return { ok: false, error: { code: 'no_header' } };

  const header = found.rows[found.headerIndex]!;
  const columns: RosterPreviewOk['columns'] = [];
  const ignoredHeaders: string[] = [];
  header.cells.forEach((cell, index) => {
    const text = cellText(cell).trim();
    if (text === '') return;
    const field = rosterFieldOfHeader(text);
    if (field && !columns.some((c) => c.field === field)) columns.push({ field, header: text, column: index + 1 });
    else ignoredHeaders.push(text);
  });
  const missing = REQUIRED.filter((f) => !columns.some((c) => c.field === f));
  if (missing.length > 0) return { ok: false, error: { code: 'missing_columns', params: { columns: missing } } };

  const dataRows = found.rows
    .slice(found.headerIndex + 1)
    .filter((r) => columns.some((c) => (r.cells[c.column - 1]?.kind ?? 'empty') !== 'empty'));
  if (dataRows.length === 0) return { ok: false, error: { code: 'no_rows' } };
  if (dataRows.length > MAX_ROSTER_ROWS) {
    return { ok: false, error: { code: 'too_many_rows', params: { max: MAX_ROSTER_ROWS } } };
  }

  const checker = new RosterChecker(context);
  const rows = dataRows.map((r) => checker.checkRow(r, columns));
  checker.markDuplicates(rows);
  for (const row of rows) row.status = row.issues.some((i) => i.severity === 'error') ? 'error' : 'ok';

  const ok = rows.filter((r) => r.status === 'ok');
  return {
    ok: true,
    format: table.format,
    ...(table.encoding ? { encoding: table.encoding } : {}),
    ...(found.sheetName === undefined ? {} : { sheetName: found.sheetName }),
    headerRow: header.row,
    columns,
    ignoredHeaders,
    rows,
    teams: context.teamBased ? collectTeams(rows) : [],
    counts: {
      rows: rows.length,
      ok: ok.length,
      error: rows.length - ok.length,
      warning: ok.filter((r) => r.issues.length > 0).length,
      newPeople: ok.filter((r) => r.person?.kind === 'new').length,
      existingPeople: ok.filter((r) => r.person?.kind === 'existing').length,
    },
  };
}

/** A header row names at least two known columns. */
function isHeaderRow(row: TableRow): boolean {
  let known = 0;
  for (const cell of row.cells) if (cell.kind === 'text' && rosterFieldOfHeader(cell.text)) known++;
  return known >= 2;
}

/** Employee numbers compare without spaces, full-width characters or case. */
function employeeKey(employeeNo: string): string {
  return employeeNo.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/** Names compare without spaces (张 三 = 张三) or full-width forms. */
function nameKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '');
}

class RosterChecker {
  private readonly peopleByNo: Map<string, RosterContext['people'][number]>;
  private readonly peopleByName: Map<string, RosterContext['people'][number][]>;
  private readonly entryByMember: Map<string, RosterContext['entries'][number]>;
  private readonly entryByTeam: Map<string, RosterContext['entries'][number]>;
  private readonly departments: DepartmentMatcher;

  constructor(private readonly context: RosterContext) {
    this.peopleByNo = new Map(context.people.map((p) => [employeeKey(p.employeeNo), p]));
    this.peopleByName = new Map();
    for (const p of context.people) {
      const key = nameKey(p.name);
      this.peopleByName.set(key, [...(this.peopleByName.get(key) ?? []), p]);
    }
    this.entryByMember = new Map(context.entries.flatMap((e) => e.memberIds.map((id) => [id, e] as const)));
    this.entryByTeam = new Map(
      context.entries.filter((e) => e.teamName).map((e) => [e.teamName!.trim(), e] as const),
    );
    this.departments = matchDepartment(context.departments);
  }

  checkRow(tableRow: TableRow, columns: RosterPreviewOk['columns']): RosterRow {
    const issues: RosterRowIssue[] = [];
    const values: Partial<Record<RosterField, string>> = {};
    for (const { field, column } of columns) {
      const cell: CellRead = tableRow.cells[column - 1] ?? { kind: 'empty' };
      // A lone dash is the usual "none" placeholder, not a formula.
      if (cell.kind === 'text' && PLACEHOLDER.test(cell.text)) continue;
      // Formula-like text (+ - @ = and their full-width forms, also inside the ="…" idiom) is refused like a
      // formula: it becomes one when the roster is opened in a spreadsheet again.
      if (cell.kind === 'formula' || (cell.kind === 'text' && isFormulaLike(cell.text))) {
        issues.push({ code: 'formula_cell', severity: 'error', column: field, params: { column: field } });
      } else if (cell.kind === 'error') {
        const params = { column: field, value: cell.error };
        issues.push({ code: 'error_cell', severity: 'error', column: field, params });
      } else {
        const text = cellText(cell).replace(/\s+/g, ' ').trim();
        if (text !== '') values[field] = field === 'employeeNo' ? text.normalize('NFKC').replace(/\s+/g, '') : text;
      }
    }
    const row: RosterRow = { row: tableRow.row, values, status: 'ok', issues, coachIds: [] };
    const error = (code: RosterRowIssue['code'], column?: RosterField, params?: RosterRowIssue['params']) =>
      issues.push({ code, severity: 'error', ...(column ? { column } : {}), ...(params ? { params } : {}) });
    const warn = (code: RosterRowIssue['code'], column: RosterField, params: RosterRowIssue['params']) =>
      issues.push({ code, severity: 'warning', column, params });
    const failed = (field: RosterField) => issues.some((i) => i.column === field);

    const { name, employeeNo } = values;
    if (!name && !failed('name')) error('missing_name', 'name');
    if (name && name.length > NAME_MAX) error('name_too_long', 'name', { max: NAME_MAX });
    if (!employeeNo && !failed('employeeNo')) error('missing_employee_no', 'employeeNo');
    if (employeeNo && employeeNo.length > EMPLOYEE_NO_MAX) {
      error('employee_no_too_long', 'employeeNo', { max: EMPLOYEE_NO_MAX });
    }

    // Department of the entry: the file's, else the existing person's.
    let departmentId: string | undefined;
    if (values.department) {
      const match = this.departments(values.department);
      if (match.kind === 'found') departmentId = match.id;
      else {
        const code = match.kind === 'ambiguous' ? 'ambiguous_department' : 'unknown_department';
        error(code, 'department', { value: values.department });
      }
    }

    const existing = employeeNo ? this.peopleByNo.get(employeeKey(employeeNo)) : undefined;
    let person: RosterPerson | undefined;
    if (existing && name && employeeNo) {
      if (nameKey(existing.name) !== nameKey(name)) {
        error('name_mismatch', 'name', { employeeNo, existingName: existing.name });
      }
      const entry = this.entryByMember.get(existing.id);
      if (entry) error('already_entered', 'employeeNo', { entryId: entry.id, status: entry.status });
      if (departmentId && departmentId !== existing.departmentId) {
        warn('department_differs', 'department', { personDepartmentId: existing.departmentId, departmentId });
      }
      departmentId ??= failed('department') ? undefined : existing.departmentId;
      person = { kind: 'existing', personId: existing.id, name: existing.name, employeeNo: existing.employeeNo };
    } else if (name && employeeNo) {
      if (!values.department) error('missing_department', 'department');
      const skillGrade = values.skillGrade ? parseSkillGrade(values.skillGrade) : undefined;
      if (values.skillGrade && !skillGrade) warn('unknown_skill_grade', 'skillGrade', { value: values.skillGrade });
      const gender = values.gender ? parseGender(values.gender) : undefined;
      if (values.gender && !gender) warn('unknown_gender', 'gender', { value: values.gender });
      if (departmentId) {
        person = {
          kind: 'new',
          name,
          employeeNo,
          departmentId,
          trade: values.trade ?? this.context.defaultTrade ?? '',
          ...(skillGrade ? { skillGrade } : {}),
          ...(gender ? { gender } : {}),
        };
      }
    }
    if (departmentId) row.departmentId = departmentId;
    if (person) row.person = person;

    if (values.team) {
      row.teamName = values.team;
      const entry = this.context.teamBased && !this.context.membersEnterAlone ? this.entryByTeam.get(values.team) : undefined;
      if (entry) error('team_already_entered', 'team', { team: values.team, entryId: entry.id });
    } else if (this.context.teamBased && !failed('team')) error('missing_team', 'team');

    if (values.coach) row.coachIds = this.coaches(values.coach, (value) => warn('unknown_coach', 'coach', { value }));
    return row;
  }

  /** Coaches written as employee numbers or names, separated by 、 , ; or spaces. */
  private coaches(value: string, unknown: (value: string) => void): string[] {
    const ids: string[] = [];
    for (const token of value.split(/[,，、;；/\s]+/).filter(Boolean)) {
      const byNo = this.peopleByNo.get(employeeKey(token));
      const byName = this.peopleByName.get(nameKey(token));
      const id = byNo?.id ?? (byName?.length === 1 ? byName[0]!.id : undefined);
      if (id) {
        if (!ids.includes(id)) ids.push(id);
      } else unknown(token);
    }
    return ids;
  }

  /** Every row sharing an employee number with another row gets the error, naming the other rows. */
  markDuplicates(rows: RosterRow[]) {
    const byNo = new Map<string, RosterRow[]>();
    for (const row of rows) {
      if (!row.values.employeeNo) continue;
      const key = employeeKey(row.values.employeeNo);
      byNo.set(key, [...(byNo.get(key) ?? []), row]);
    }
    for (const group of byNo.values()) {
      if (group.length < 2) continue;
      for (const row of group) {
        row.issues.push({
          code: 'duplicate_employee_no_in_file',
          severity: 'error',
          column: 'employeeNo',
          params: { employeeNo: row.values.employeeNo!, rows: group.filter((r) => r !== row).map((r) => r.row) },
        });
      }
    }
  }
}

function collectTeams(rows: readonly RosterRow[]): RosterTeam[] {
  const teams = new Map<string, RosterTeam>();
  for (const row of rows) {
    if (!row.teamName || row.status !== 'ok') continue;
    const team = teams.get(row.teamName) ?? { name: row.teamName, rows: [], departmentIds: [] };
    team.rows.push(row.row);
    if (row.departmentId && !team.departmentIds.includes(row.departmentId)) team.departmentIds.push(row.departmentId);
    teams.set(row.teamName, team);
  }
  return [...teams.values()];
}
