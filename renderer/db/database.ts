/**
 * The Dexie database: the one door to IndexedDB (STYLE 7). Features use the repositories in ./repositories
 * and the hooks in ./hooks, never the tables directly.
 *
 * Every schema version stays here with its upgrade, newest last, so any older database a user has can be
 * brought forward. Never edit a released version; add a new one.
 */
import Dexie, { type Table } from 'dexie';
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
  Rubric,
  RubricTemplateRecord,
  Studio,
} from '../../shared/domain';
import type { CryptoKeyLike } from '../../shared/crypto/webCrypto';

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

/** This device's signing key (DESIGN §4): the private key is a non-extractable CryptoKey that can only sign. */
export interface DeviceKeyRow {
  /** Always `this-device`. */
  readonly id: string;
  /** The device's stable id, written into every mark event and score package it makes. */
  readonly deviceId: string;
  /** Raw Ed25519 public key, base64. */
  readonly publicKey: string;
  readonly privateKey: CryptoKeyLike;
  readonly createdAt: string;
}

/** A judge laptop's key pinned on the master at the first import of its score package (fingerprint confirmed). */
export interface PinnedDeviceKeyRow {
  readonly deviceId: string;
  readonly publicKey: string;
  readonly fingerprint: string;
  readonly pinnedAt: string;
}

/** A score package imported on the master, by the SHA-256 of its bytes, so importing it again is a no-op. */
export interface ScorePackageRow {
  readonly checksum: string;
  readonly competitionId: string;
  readonly deviceId: string;
  readonly importedAt: string;
  readonly report: { readonly newMarks: number; readonly unchangedMarks: number; readonly conflictMarks: number; readonly newEvents: number };
}

/** The rubric as it was when the competition package went out, and its hash, which every score package must carry. */
export interface FrozenRubricRow {
  readonly competitionId: string;
  readonly rubricHash: string;
  readonly rubric: Rubric;
  readonly frozenAt: string;
}

/** The chief judge's review (复核): the seeded sample and what rechecking each subject found. */
export interface ReviewRow {
  readonly competitionId: string;
  readonly seed: string;
  readonly topN: number;
  readonly top: readonly string[];
  readonly sampled: readonly string[];
  /** subjectRef → recheck outcome. */
  readonly checked: Readonly<Record<string, 'ok' | 'error'>>;
  readonly updatedAt: string;
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
 * Version 3 (judging): the mark event log is the single source of truth, one hash chain per
 * [competitionId + assignmentId + deviceId], unique by seq and by hash (the event's id); `marks` is the view
 * rebuilt from it in the same transaction. Plus this device's key, judge laptops' keys pinned on the master,
 * imported score packages by checksum, rubrics frozen at package export, and the chief judge's review.
 */
export const SCHEMA_V3 = {
  markEvents: 'id, competitionId, &[competitionId+assignmentId+deviceId+seq], [competitionId+assignmentId]',
  marks: 'id, competitionId, [competitionId+assignmentId]',
  deviceKeys: 'id',
  pinnedDeviceKeys: 'deviceId',
  scorePackages: 'checksum, competitionId',
  frozenRubrics: 'competitionId',
  reviews: 'competitionId',
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
  deviceKeys!: Table<DeviceKeyRow, string>;
  pinnedDeviceKeys!: Table<PinnedDeviceKeyRow, string>;
  scorePackages!: Table<ScorePackageRow, string>;
  frozenRubrics!: Table<FrozenRubricRow, string>;
  reviews!: Table<ReviewRow, string>;

  constructor(name: string = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    // No released version wrote marks or mark events (judging arrives with version 3), so rows of the version-1
    // shape (judgeId, entryId, no chain) can only be test leftovers: they are dropped rather than given a made-up
    // chain that would later verify.
    this.version(3)
      .stores(SCHEMA_V3)
      .upgrade(async (tx) => {
        await tx.table('marks').clear();
        await tx.table('markEvents').clear();
      });
  }
}

let instance: JiangxinDatabase | undefined;

/** The app's database, opened on first use. */
export function getDatabase(): JiangxinDatabase {
  instance ??= new JiangxinDatabase();
  return instance;
}
