/**
 * The Dexie database: the one door to IndexedDB (STYLE 7). Features use the repositories in ./repositories
 * and the hooks in ./hooks, never the tables directly.
 *
 * Every schema version stays here with its upgrade, newest last, so any older database a user has can be
 * brought forward. Never edit a released version; add a new one.
 */
import Dexie, { type Table, type Version } from 'dexie';
import type { CompetitionPackageV1 } from '../../shared/competitions/package/competitionPackageSchema';
import { storageFullMiddleware } from './storageErrors';
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

  /** Versions above this are not declared (see `version`); the app declares them all. */
  private readonly upToVersion: number;

  constructor(name: string = DATABASE_NAME, options?: JiangxinDatabaseOptions) {
    const { upToVersion = Number.POSITIVE_INFINITY, ...dexieOptions } = options ?? {};
    super(name, dexieOptions);
    this.upToVersion = upToVersion;
    this.use(storageFullMiddleware);
    this.version(1).stores(SCHEMA_V1);
  }

  /**
   * Declares a schema version, unless it is above `upToVersion`: a database opened with `{ upToVersion: n }`
   * is exactly what version n of the app created, which is how migration tests build their fixtures and how a
   * backup from an older version is restored (its rows land in schema n, then every later upgrade runs).
   */
  override version(versionNumber: number): Version {
    if (versionNumber <= this.upToVersion) return super.version(versionNumber);
    const ignored = { stores: () => ignored, upgrade: () => ignored } as unknown as Version;
    return ignored;
  }
}

export interface JiangxinDatabaseOptions extends NonNullable<ConstructorParameters<typeof Dexie>[1]> {
  /** Declare only the schema versions up to this one (tests, restoring an older backup). */
  readonly upToVersion?: number;
}

/** The schema version this build of the app declares (its newest `version(n)`). */
export function appSchemaVersion(): number {
  return new JiangxinDatabase('jiangxin-schema-probe').verno;
}

let instance: JiangxinDatabase | undefined;

/** The app's database, opened on first use. */
export function getDatabase(): JiangxinDatabase {
  instance ??= new JiangxinDatabase();
  return instance;
}
