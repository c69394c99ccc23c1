/**
 * Adding one entrant by hand: an existing person picked from the workspace, or a new person typed in. The same
 * rules as a roster file (employee numbers are unique, nobody enters twice, a team competition needs a team);
 * in a team competition, a team name already entered adds the person to that team.
 */
import type { Competition, Entry, Person } from '../../../../shared/domain';
import type { RosterImport } from '../../../db/repositories/competitionsRepository';
import type { Draft } from '../../../db/repositories/recordMeta';
import { teamScoringOf } from '../../../../shared/competitions/teams/teamScoringOf';

export type ManualEntrant =
  | { readonly kind: 'existing'; readonly personId: string | null }
  | {
      readonly kind: 'new';
      readonly name: string;
      readonly employeeNo: string;
      readonly departmentId: string | null;
      readonly trade: string;
    };

export interface ManualEntryInput {
  readonly entrant: ManualEntrant;
  /** Team name, for team competitions. */
  readonly teamName: string;
}

export const MANUAL_ENTRY_ISSUE_CODES = [
  'missing_person',
  'missing_name',
  /** params: { max } */
  'name_too_long',
  'missing_employee_no',
  /** params: { max } */
  'employee_no_too_long',
  /** A person with this employee number exists: pick them instead. params: { employeeNo, existingName } */
  'employee_no_taken',
  'missing_department',
  /** params: { max } */
  'trade_too_long',
  /** The person is already in an entry of this competition. params: { status } */
  'already_entered',
  'missing_team',
  /** params: { max } */
  'team_too_long',
] as const;
export type ManualEntryIssueCode = (typeof MANUAL_ENTRY_ISSUE_CODES)[number];

export type ManualEntryField = 'person' | 'name' | 'employeeNo' | 'department' | 'trade' | 'team';

export interface ManualEntryIssue {
  readonly code: ManualEntryIssueCode;
  readonly field: ManualEntryField;
  readonly params?: Readonly<Record<string, string | number>>;
}

export interface ManualEntryContext {
  readonly people: readonly Pick<Person, 'id' | 'name' | 'employeeNo' | 'departmentId'>[];
  readonly entries: readonly Pick<Entry, 'id' | 'memberIds' | 'teamName' | 'status'>[];
  readonly teamBased: boolean;
}

const NAME_MAX = 50;
const EMPLOYEE_NO_MAX = 30;
const TRADE_MAX = 50;
const TEAM_MAX = 100;

/** Employee numbers compare as the roster file does: without spaces, full-width forms or case. */
export function employeeKey(employeeNo: string): string {
  return employeeNo.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

export function checkManualEntry(input: ManualEntryInput, context: ManualEntryContext): ManualEntryIssue[] {
  const issues: ManualEntryIssue[] = [];
  const { entrant } = input;
  let personId: string | undefined;
  if (entrant.kind === 'existing') {
    if (!entrant.personId) issues.push({ code: 'missing_person', field: 'person' });
    else personId = entrant.personId;
  } else {
    const name = entrant.name.trim();
    const employeeNo = entrant.employeeNo.normalize('NFKC').replace(/\s+/g, '');
    if (!name) issues.push({ code: 'missing_name', field: 'name' });
    else if (name.length > NAME_MAX) issues.push({ code: 'name_too_long', field: 'name', params: { max: NAME_MAX } });
    if (!employeeNo) issues.push({ code: 'missing_employee_no', field: 'employeeNo' });
    else if (employeeNo.length > EMPLOYEE_NO_MAX) {
      issues.push({ code: 'employee_no_too_long', field: 'employeeNo', params: { max: EMPLOYEE_NO_MAX } });
    } else {
      const taken = context.people.find((p) => employeeKey(p.employeeNo) === employeeKey(employeeNo));
      if (taken) {
        issues.push({ code: 'employee_no_taken', field: 'employeeNo', params: { employeeNo: taken.employeeNo, existingName: taken.name } });
      }
    }
    if (!entrant.departmentId) issues.push({ code: 'missing_department', field: 'department' });
    if (entrant.trade.trim().length > TRADE_MAX) issues.push({ code: 'trade_too_long', field: 'trade', params: { max: TRADE_MAX } });
  }
  if (personId) {
    const entered = context.entries.find((e) => e.memberIds.includes(personId));
    if (entered) issues.push({ code: 'already_entered', field: 'person', params: { status: entered.status } });
  }
  if (context.teamBased) {
    const team = input.teamName.trim();
    if (!team) issues.push({ code: 'missing_team', field: 'team' });
    else if (team.length > TEAM_MAX) issues.push({ code: 'team_too_long', field: 'team', params: { max: TEAM_MAX } });
  }
  return issues;
}

/** A new entry (with the new person, if any), or an existing team's entry with one more member. */
export type ManualEntryWrite =
  | { readonly kind: 'new_entry'; readonly write: RosterImport }
  | { readonly kind: 'join_team'; readonly newPeople: readonly Draft<Person>[]; readonly entry: Draft<Entry> };

/** What to write for an input that passed checkManualEntry. */
export function buildManualEntry(
  input: ManualEntryInput,
  competition: Pick<Competition, 'id' | 'teamBased' | 'teamScoring'>,
  context: Pick<ManualEntryContext, 'people'> & { readonly entries: readonly Entry[] },
  makeId: () => string,
): ManualEntryWrite {
  const { entrant } = input;
  const newPeople: Draft<Person>[] = [];
  let personId: string;
  let departmentId: string;
  if (entrant.kind === 'existing') {
    const person = context.people.find((p) => p.id === entrant.personId);
    if (!person) throw new Error(`person ${entrant.personId} not found`);
    personId = person.id;
    departmentId = person.departmentId;
  } else {
    if (!entrant.departmentId) throw new Error('a new person needs a department');
    personId = makeId();
    departmentId = entrant.departmentId;
    newPeople.push({
      id: personId,
      name: entrant.name.trim(),
      employeeNo: entrant.employeeNo.normalize('NFKC').replace(/\s+/g, ''),
      departmentId,
      trade: entrant.trade.trim(),
      honours: [],
    });
  }

  const teamName = input.teamName.trim();
  // Joining a team adds a member to its entry, unless members enter alone (the team is scored from their totals).
  if (teamScoringOf(competition) === 'unit') {
    const team = context.entries.find((e) => e.teamName?.trim() === teamName);
    if (team) return { kind: 'join_team', newPeople, entry: { ...team, memberIds: [...team.memberIds, personId] } };
  }
  const entry: Draft<Entry> = {
    id: makeId(),
    competitionId: competition.id,
    memberIds: [personId],
    ...(competition.teamBased ? { teamName } : {}),
    departmentId,
    coachIds: [],
    status: 'registered',
  };
  return { kind: 'new_entry', write: { competitionId: competition.id, newDepartments: [], newPeople, newEntries: [entry] } };
}
