/**
 * A workspace: every record of one installation, table by table. The demo generator produces one, the database
 * stores one, and backups and data packages carry (parts of) one. Table names here are the Dexie table names.
 */
import type { Department, Person } from './people';
import type {
  Appeal,
  Competition,
  Entry,
  JudgeAssignment,
  Mark,
  MarkEvent,
  Publication,
} from './competitions';
import type { Achievement, Activity, Incentive, Project, Studio } from './studios';
import type { Article, Category } from './knowledge';

export interface WorkspaceRecords {
  readonly departments: readonly Department[];
  readonly people: readonly Person[];
  readonly competitions: readonly Competition[];
  readonly entries: readonly Entry[];
  readonly judges: readonly JudgeAssignment[];
  readonly marks: readonly Mark[];
  readonly markEvents: readonly MarkEvent[];
  readonly appeals: readonly Appeal[];
  readonly publications: readonly Publication[];
  readonly studios: readonly Studio[];
  readonly projects: readonly Project[];
  readonly achievements: readonly Achievement[];
  readonly activities: readonly Activity[];
  readonly incentives: readonly Incentive[];
  readonly categories: readonly Category[];
  readonly articles: readonly Article[];
}

export type WorkspaceTable = keyof WorkspaceRecords;

export const WORKSPACE_TABLES: readonly WorkspaceTable[] = [
  'departments',
  'people',
  'competitions',
  'entries',
  'judges',
  'marks',
  'markEvents',
  'appeals',
  'publications',
  'studios',
  'projects',
  'achievements',
  'activities',
  'incentives',
  'categories',
  'articles',
];

export function emptyWorkspace(): WorkspaceRecords {
  return {
    departments: [],
    people: [],
    competitions: [],
    entries: [],
    judges: [],
    marks: [],
    markEvents: [],
    appeals: [],
    publications: [],
    studios: [],
    projects: [],
    achievements: [],
    activities: [],
    incentives: [],
    categories: [],
    articles: [],
  };
}
