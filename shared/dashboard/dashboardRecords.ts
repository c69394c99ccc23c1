/**
 * The slice of the workspace the dashboard counts from: only the tables and fields computeYearFigures, the
 * filters and the trends read. Whole records (a competition with its rubric, a project with its notes) are far
 * larger; keeping this slice, maintained record by record as the workspace changes, lets the dashboard open
 * without reading nine whole tables (see renderer/db/dashboardFacts.ts).
 */
import type {
  Achievement,
  Competition,
  Department,
  Entry,
  Id,
  Incentive,
  Person,
  Project,
  Publication,
  Studio,
} from '../domain';

export interface DashboardRecords {
  readonly departments: readonly Pick<Department, 'id' | 'name' | 'parentId'>[];
  readonly people: readonly Pick<Person, 'id' | 'departmentId' | 'trade' | 'honours' | 'skillGrade'>[];
  readonly competitions: readonly Pick<Competition, 'id' | 'year' | 'level' | 'trade' | 'status' | 'organiserDepartmentId'>[];
  readonly entries: readonly Pick<Entry, 'id' | 'competitionId' | 'memberIds' | 'departmentId'>[];
  readonly publications: readonly (Pick<Publication, 'id' | 'competitionId' | 'publishedAt'> & {
    readonly results: readonly Pick<Publication['results'][number], 'entryId' | 'award' | 'rank'>[];
  })[];
  readonly studios: readonly Pick<Studio, 'id' | 'kind' | 'leadId' | 'memberIds' | 'departmentId' | 'trade' | 'foundedYear' | 'ratings'>[];
  readonly projects: readonly Pick<Project, 'id' | 'studioId' | 'stage' | 'gates' | 'memberIds' | 'startDate' | 'originCompetitionId'>[];
  readonly achievements: readonly Pick<Achievement, 'id' | 'kind' | 'year' | 'studioId' | 'ownerIds' | 'annualSavingsFen'>[];
  readonly incentives: readonly Pick<Incentive, 'id' | 'personId' | 'year' | 'amountFen' | 'kind' | 'status'>[];
}

export type DashboardTable = keyof DashboardRecords;

export const DASHBOARD_TABLES: readonly DashboardTable[] = [
  'departments',
  'people',
  'competitions',
  'entries',
  'publications',
  'studios',
  'projects',
  'achievements',
  'incentives',
];

export type DashboardRow<T extends DashboardTable> = DashboardRecords[T][number];

function pick<T extends object, K extends keyof T>(record: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const key of keys) if (record[key] !== undefined) out[key] = record[key];
  return out;
}

const FIELDS: { readonly [T in DashboardTable]: readonly (keyof DashboardRow<T>)[] } = {
  departments: ['id', 'name', 'parentId'],
  people: ['id', 'departmentId', 'trade', 'honours', 'skillGrade'],
  competitions: ['id', 'year', 'level', 'trade', 'status', 'organiserDepartmentId'],
  entries: ['id', 'competitionId', 'memberIds', 'departmentId'],
  publications: ['id', 'competitionId', 'publishedAt', 'results'],
  studios: ['id', 'kind', 'leadId', 'memberIds', 'departmentId', 'trade', 'foundedYear', 'ratings'],
  projects: ['id', 'studioId', 'stage', 'gates', 'memberIds', 'startDate', 'originCompetitionId'],
  achievements: ['id', 'kind', 'year', 'studioId', 'ownerIds', 'annualSavingsFen'],
  incentives: ['id', 'personId', 'year', 'amountFen', 'kind', 'status'],
};

/** The dashboard's copy of one stored record: the fields it counts from, nothing else. */
export function projectDashboardRow<T extends DashboardTable>(table: T, record: DashboardRow<T> & { id: Id }): DashboardRow<T> {
  if (table === 'publications') {
    const publication = record as DashboardRow<'publications'>;
    return {
      id: publication.id,
      competitionId: publication.competitionId,
      publishedAt: publication.publishedAt,
      results: publication.results.map((r) => pick(r, ['entryId', 'award', 'rank'])),
    } as DashboardRow<T>;
  }
  return pick(record, FIELDS[table] as (keyof typeof record)[]) as DashboardRow<T>;
}

/** The dashboard slice of whole records (for tests, the CLI and the first build of the stored slice). */
export function toDashboardRecords(records: { readonly [T in DashboardTable]: readonly DashboardRow<T>[] }): DashboardRecords {
  const out = {} as { [T in DashboardTable]: DashboardRow<T>[] };
  for (const table of DASHBOARD_TABLES) {
    (out as Record<DashboardTable, unknown[]>)[table] = records[table].map((r) => projectDashboardRow(table, r as never));
  }
  return out;
}

export function emptyDashboardRecords(): DashboardRecords {
  return { departments: [], people: [], competitions: [], entries: [], publications: [], studios: [], projects: [], achievements: [], incentives: [] };
}
