/**
 * The Dexie database: the one door to IndexedDB (STYLE 7). Features use the repositories in ./repositories
 * and the hooks in ./hooks, never the tables directly.
 *
 * Every schema version stays here with its upgrade, newest last, so any older database a user has can be
 * brought forward. Never edit a released version; add a new one.
 */
import Dexie, { type Table } from 'dexie';
import { DASHBOARD_CACHE_TABLE, SNAPSHOT_KEY, dashboardJournalMiddleware, type DashboardCacheRow } from './dashboardJournal';
import { buildDashboardFacts } from '../../shared/dashboard/dashboardFacts';
import { DASHBOARD_TABLES, emptyDashboardRecords } from '../../shared/dashboard/dashboardRecords';
import type { StudioInvitation } from '../../shared/synergy/types';
import type { CompetitionPackageV1 } from '../../shared/competitions/package/competitionPackageSchema';
import type {
  Achievement,
  Activity,
  Appeal,
  Article,
  Attachment,
  Category,
  Competition,
  Department,
  Entry,
  Incentive,
  JudgeAssignment,
  Mark,
  MarkEvent,
  Person,
  Project,
  Publication,
  RubricTemplateRecord,
  Studio,
} from '../../shared/domain';

export const DATABASE_NAME = 'jiangxin';

/** A key/value row for workspace settings (not UI preferences, which live in localStorage). */
export interface SettingRow {
  readonly key: string;
  readonly value: unknown;
}

/** A competition package as imported on a judge laptop; `pkg` is the validated package content. */
export interface CompetitionPackageRow {
  readonly id: string;
  readonly competitionId: string;
  readonly importedAt: string;
  readonly checksum: string;
  readonly pkg: CompetitionPackageV1;
}

/** The bytes of an attachment, kept apart from its metadata so lists never load file contents. */
export interface AttachmentBlobRow {
  readonly id: string;
  readonly bytes: Uint8Array;
}

/** Version 1: the whole domain of DESIGN §2. Index strings list the primary key first, then indexes. */
export const SCHEMA_V1 = {
  departments: 'id, parentId',
  people: 'id, &employeeNo, departmentId, name',
  competitions: 'id, year, level, status',
  entries: 'id, competitionId, [competitionId+status], *memberIds, departmentId, [competitionId+anonCode]',
  judges: 'id, competitionId, personId, [competitionId+personId]',
  marks: 'id, competitionId, [competitionId+entryId], [competitionId+judgeId], [entryId+itemId+judgeId]',
  markEvents: 'id, competitionId, [competitionId+judgeId+seq], hash',
  appeals: 'id, competitionId, entryId',
  publications: 'id, competitionId',
  studios: 'id, kind, leadId, *memberIds, departmentId',
  projects: 'id, studioId, stage, originCompetitionId, *memberIds',
  achievements: 'id, year, kind, studioId, projectId, *ownerIds',
  activities: 'id, studioId, date, competitionId',
  incentives: 'id, personId, year, [sourceKind+sourceId]',
  categories: 'id, parentId',
  articles: 'id, kind, status, categoryId, *tags, updatedAt',
  attachments: 'id, [ownerKind+ownerId]',
  rubricTemplates: 'id, name',
  /** Competition packages imported on a judge laptop (anonymous codes only), by competition. */
  competitionPackages: 'id, competitionId, importedAt',
  attachmentBlobs: 'id',
  settings: 'key',
} as const;

/**
 * Version 6 (synergy): the dashboard's snapshot and change journal (see ./dashboardJournal.ts), and invitations
 * of award winners to studios (the talent pipeline). The upgrade builds the snapshot from the existing records.
 */
export const SCHEMA_V6 = {
  dashboardCache: 'key',
  invitations: 'id, personId, studioId, status, year',
} as const;

export class JiangxinDatabase extends Dexie {
  departments!: Table<Department, string>;
  people!: Table<Person, string>;
  competitions!: Table<Competition, string>;
  entries!: Table<Entry, string>;
  judges!: Table<JudgeAssignment, string>;
  marks!: Table<Mark, string>;
  markEvents!: Table<MarkEvent, string>;
  appeals!: Table<Appeal, string>;
  publications!: Table<Publication, string>;
  studios!: Table<Studio, string>;
  projects!: Table<Project, string>;
  achievements!: Table<Achievement, string>;
  activities!: Table<Activity, string>;
  incentives!: Table<Incentive, string>;
  categories!: Table<Category, string>;
  articles!: Table<Article, string>;
  attachments!: Table<Attachment, string>;
  attachmentBlobs!: Table<AttachmentBlobRow, string>;
  rubricTemplates!: Table<RubricTemplateRecord, string>;
  competitionPackages!: Table<CompetitionPackageRow, string>;
  settings!: Table<SettingRow, string>;
  dashboardCache!: Table<DashboardCacheRow, string>;
  invitations!: Table<StudioInvitation, string>;

  constructor(name: string = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(6)
      .stores(SCHEMA_V6)
      .upgrade(async (tx) => {
        const tables = await Promise.all(DASHBOARD_TABLES.map((name) => tx.table(name).toArray()));
        const facts = buildDashboardFacts(Object.fromEntries(DASHBOARD_TABLES.map((name, i) => [name, tables[i]])) as never);
        await tx.table(DASHBOARD_CACHE_TABLE).clear();
        await tx.table(DASHBOARD_CACHE_TABLE).put({ key: SNAPSHOT_KEY, json: JSON.stringify(facts) });
      });
    this.use(dashboardJournalMiddleware);
    // A new database starts with the (empty) snapshot, so later writes only need journalling.
    this.on('populate', (tx) => {
      void tx.table(DASHBOARD_CACHE_TABLE).add({ key: SNAPSHOT_KEY, json: JSON.stringify(buildDashboardFacts(emptyDashboardRecords())) });
    });
  }
}

let instance: JiangxinDatabase | undefined;

/** The app's database, opened on first use. */
export function getDatabase(): JiangxinDatabase {
  instance ??= new JiangxinDatabase();
  return instance;
}
