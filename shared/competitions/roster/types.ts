import type { Department, Entry, Person, SkillGrade } from '../../domain';
import type { DetectedFileType } from './readRosterTable';

export type Gender = NonNullable<Person['gender']>;

/** The columns a roster may have; `name` and `employeeNo` are required. */
export const ROSTER_FIELDS = [
  'name',
  'employeeNo',
  'department',
  'trade',
  'team',
  'skillGrade',
  'gender',
  'coach',
] as const;
export type RosterField = (typeof ROSTER_FIELDS)[number];

export const ROSTER_FILE_ERROR_CODES = [
  /**
   * Neither xlsx nor CSV. params: { detected }: 'xls' (old Excel: save as .xlsx), 'ole' (.doc and similar),
   * 'zip' (a .docx or other zip), 'html', 'png', 'jpeg', 'gif', 'pdf', 'gzip', 'rar', '7z', 'binary'.
   */
  'wrong_file_type',
  /** Zero bytes, blank text or a workbook without rows. */
  'empty_file',
  /** Damaged xlsx, or text in an encoding that cannot be decoded. */
  'unreadable_file',
  /** Over the roster cap for its format (importLimits.ts), checked before reading. params: { size, limit } in MB */
  'file_too_large',
  /** An xlsx refused before inflating (zip bomb, too many entries, unsafe path, truncated). params: { reason } */
  'unsafe_archive',
  /** No row in the first 20 looks like a header (two or more known column names). */
  'no_header',
  /** The header lacks required columns. params: { columns: RosterField[] } */
  'missing_columns',
  /** A header and no data row. */
  'no_rows',
  /** More data rows than one import takes. params: { max } */
  'too_many_rows',
] as const;
export type RosterFileErrorCode = (typeof ROSTER_FILE_ERROR_CODES)[number];

export const ROSTER_ROW_ISSUE_CODES = [
  // errors: the row cannot be imported
  /** params: { column } */
  'formula_cell',
  /** A cell holds an error value such as #N/A. params: { column, value } */
  'error_cell',
  'missing_name',
  'missing_employee_no',
  /** params: { max } */
  'name_too_long',
  /** params: { max } */
  'employee_no_too_long',
  /** Another row has the same employee number (reported on every such row). params: { employeeNo, rows } (the others) */
  'duplicate_employee_no_in_file',
  /** The employee number belongs to a person with another name. params: { employeeNo, existingName } */
  'name_mismatch',
  /** The person is already in an entry of this competition. params: { entryId, status } */
  'already_entered',
  /** params: { value } */
  'unknown_department',
  /** Several departments have this name; write the code or the full path (e.g. 运营一分公司/乘务中心). params: { value } */
  'ambiguous_department',
  /** A new person needs a department and the row has none. */
  'missing_department',
  /** Team competition and the row has no team. */
  'missing_team',
  /** A team of this name is already entered. params: { team, entryId } */
  'team_already_entered',
  // warnings: the row is imported, the value is ignored or worth a look
  /**
   * The existing person is recorded in another department; the entry uses the file's.
   * params: { personDepartmentId, departmentId }
   */
  'department_differs',
  /** params: { value } */
  'unknown_skill_grade',
  /** params: { value } */
  'unknown_gender',
  /** A coach that matches no known person. params: { value } */
  'unknown_coach',
] as const;
export type RosterRowIssueCode = (typeof ROSTER_ROW_ISSUE_CODES)[number];

export type IssueParamValue = string | number | readonly number[] | readonly string[];

export interface RosterRowIssue {
  code: RosterRowIssueCode;
  severity: 'error' | 'warning';
  /** The column the issue is about, when there is one. */
  column?: RosterField;
  params?: Readonly<Record<string, IssueParamValue>>;
}

/** Who a roster row is: a person already in the workspace (matched by employee number), or one to create. */
export type RosterPerson =
  | { kind: 'existing'; personId: string; name: string; employeeNo: string }
  | {
      kind: 'new';
      name: string;
      employeeNo: string;
      departmentId: string;
      trade: string;
      skillGrade?: SkillGrade;
      gender?: Gender;
    };

export interface RosterRow {
  /** Row number as the spreadsheet shows it (1-based; for CSV, the record number). */
  row: number;
  /** Cleaned text of each recognised cell. */
  values: Partial<Record<RosterField, string>>;
  /** 'error' when any issue is an error; warnings alone keep the row 'ok'. */
  status: 'ok' | 'error';
  issues: RosterRowIssue[];
  /** Set whenever name and employee number are readable, also on error rows (for display). */
  person?: RosterPerson;
  /** Department the entry represents: the file's, or the existing person's when the file has none. */
  departmentId?: string;
  teamName?: string;
  /** People named in the coach column (a hard conflict for judges). */
  coachIds: string[];
}

export interface RosterTeam {
  name: string;
  /** Rows of its members. */
  rows: number[];
  /** Departments of its members (usually one). */
  departmentIds: string[];
}

export interface RosterPreviewOk {
  ok: true;
  format: 'xlsx' | 'csv';
  /** For CSV: the encoding found. */
  encoding?: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
  /** For xlsx: the worksheet read. */
  sheetName?: string;
  headerRow: number;
  /** Recognised columns: field, header text as written, 1-based column number. */
  columns: { field: RosterField; header: string; column: number }[];
  /** Header texts that matched no field (ignored), e.g. 序号, 备注. */
  ignoredHeaders: string[];
  /** Every non-blank data row, in file order. */
  rows: RosterRow[];
  /** For team competitions: the teams formed by the team column. */
  teams: RosterTeam[];
  counts: {
    rows: number;
    ok: number;
    error: number;
    /** Ok rows that carry warnings. */
    warning: number;
    /** Ok rows by person kind. */
    newPeople: number;
    existingPeople: number;
  };
}

export interface RosterPreviewFailed {
  ok: false;
  error: { code: RosterFileErrorCode; params?: Readonly<Record<string, IssueParamValue | DetectedFileType>> };
}

export type RosterPreview = RosterPreviewOk | RosterPreviewFailed;

/** What the roster is checked against. Nothing is written: the preview only says what an import would do. */
export interface RosterContext {
  departments: readonly Pick<Department, 'id' | 'name' | 'code' | 'parentId'>[];
  people: readonly Pick<Person, 'id' | 'name' | 'employeeNo' | 'departmentId'>[];
  /** Entries already in this competition. */
  entries: readonly Pick<Entry, 'id' | 'memberIds' | 'status' | 'teamName'>[];
  /** The competition is for teams: every row needs a team. */
  teamBased?: boolean;
  /** The team is scored from its members' totals: each row is its own entry, and many rows share a team. */
  membersEnterAlone?: boolean;
  /** Trade given to new people when the row has none (usually the competition's trade). */
  defaultTrade?: string;
}
