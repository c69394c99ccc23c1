/**
 * The Dexie database: the one door to IndexedDB (STYLE 7). Features use the repositories in ./repositories
 * and the hooks in ./hooks, never the tables directly.
 *
 * Every schema version stays here with its upgrade, newest last, so any older database a user has can be
 * brought forward. Never edit a released version; add a new one.
 */
import Dexie, { type Table, type Transaction, type Version } from 'dexie';
import type { CompetitionPackage } from '../../shared/competitions/package/competitionPackageSchema';
import type { PinAttemptState } from '../../shared/competitions/pin/pinLockout';
import type { PassphraseBox } from '../../shared/crypto/passphraseBox';
import type { CryptoKeyLike } from '../../shared/crypto/webCrypto';
import { upgradeKnowledgeToV4, upgradeSearchToV15 } from './repositories/knowledge/knowledgeUpgrades';
import { rebuildFacetPostings } from './repositories/knowledge/knowledgeFacets';
import { storageFullMiddleware } from './storageErrors';
import { DASHBOARD_CACHE_TABLE, SNAPSHOT_KEY, dashboardJournalMiddleware, type DashboardCacheRow } from './dashboardJournal';
import { buildDashboardFacts } from '../../shared/dashboard/dashboardFacts';
import { DASHBOARD_TABLES, emptyDashboardRecords } from '../../shared/dashboard/dashboardRecords';
import type { StudioInvitation } from '../../shared/synergy/types';
import type { PaperSheet } from '../../shared/judging/paper/paperSheet';
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
  Tombstone,
} from '../../shared/domain';
import type { ArticleSummary } from '../../shared/knowledge/articleFacets';
import type { StoredMaskRow, StoredPostingRow } from '../../shared/knowledge/search/postingCodec';
import type { FacetPostingRow } from '../../shared/knowledge/facetPostings';

export const DATABASE_NAME = 'jiangxin';

/** A key/value row for workspace settings (not UI preferences, which live in localStorage). */
export interface SettingRow {
  readonly key: string;
  readonly value: unknown;
}

/** A competition package as imported on a judge laptop; `pkg` is the verified package content. */
export interface CompetitionPackageRow {
  readonly id: string;
  readonly competitionId: string;
  readonly importedAt: string;
  readonly checksum: string;
  readonly pkg: CompetitionPackage;
}

/** A master key a judge laptop pinned on first import, after a person confirmed its fingerprint. */
export interface PinnedKeyRow {
  readonly publicKey: string;
  readonly fingerprint: string;
  readonly pinnedAt: string;
}

/**
 * A competition's sealed code map (二次加密) on the master: the map entry → code only inside `box` (passphrase
 * box). Beside it, in clear, what packages and score sheets need without unsealing: the codes alone (in code
 * order) and which entries got one (in id order) — two lists with nothing linking one to the other.
 */
export interface SealedMapRow {
  readonly competitionId: string;
  readonly box: PassphraseBox;
  readonly codes: readonly string[];
  readonly entryIds: readonly string[];
  readonly sealedAt: string;
  /** The encryption officer's judge assignment. */
  readonly sealedBy: string;
}

/** Wrong PINs of one judge of one competition on this laptop (`id` = `${competitionId}/${judgeId}`). */
export interface PinAttemptRow extends PinAttemptState {
  readonly id: string;
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

/** An article's Markdown body, kept apart from its summary so lists never load bodies (version 4). */
export interface ArticleBodyRow {
  readonly id: string;
  readonly body: string;
}

/**
 * An article's search document (version 14), keyed by its search number: the summary with the body as plain
 * text, so a query reads each candidate with one primary-key get and never converts Markdown.
 */
export type SearchDocumentRow = ArticleSummary & { readonly plain: string };

/** A past version of an article, kept whole when the article is saved again, for history and restore. */
export interface ArticleRevisionRow {
  readonly id: string;
  readonly articleId: string;
  readonly version: number;
  readonly article: Article;
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
 * Version 2 (sealing): anonymous codes leave the entries; the device's signing key, pinned master keys, sealed
 * code maps and PIN attempts get their tables.
 */
export const SCHEMA_V2 = {
  entries: 'id, competitionId, [competitionId+status], *memberIds, departmentId',
  deviceKeys: 'id',
  pinnedKeys: 'publicKey',
  sealedMaps: 'competitionId',
  pinAttempts: 'id',
} as const;

/**
 * Version 1 kept every entry's anonymous code in clear, derived from the public draw seed: anyone who saw the seed
 * or the profile folder could link codes to names. Those codes are dropped, not sealed — sealing them would
 * protect codes already known. A competition that has drawn then has no sealed map, which the draw tab shows as
 * "codes not yet drawn": the encryption officer runs the secret draw and seals it on first open. Version-1
 * competition packages on a judge laptop (unsigned, codes beside orders) are removed; the master exports v2.
 */
async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx.table('entries').toCollection().modify((entry: Record<string, unknown>) => {
    delete entry.anonCode;
  });
  await tx.table('competitions').toCollection().modify((competition: Record<string, unknown>) => {
    delete competition.drawCodePrefix;
  });
  await tx.table('competitionPackages').clear();
}

/**
 * Version 4 (knowledge): article summaries (no body) with derived browse facets, bodies apart, revisions, and
 * the persisted search index as posting rows keyed by [term+bucket] (shared/knowledge/search/postings.ts).
 */
export const SCHEMA_V4 = {
  articles: 'id, kind, status, categoryId, *tags, updatedAt, source, year, *departmentIds, &searchNo',
  articleBodies: 'id',
  articleRevisions: 'id, [articleId+version]',
  searchPostings: '[term+bucket], term',
} as const;

/**
 * Version 5 (studios): indexes for the studio, project and person pages (per studio and stage, per studio and
 * year, per attendee), tombstones so deletions travel in data packages, the merge bases of imported studio
 * packages, and saved views of the project table. Existing rows are unchanged: new record fields are optional
 * and read through shared/studios (e.g. fundLedger.ts).
 */
export const SCHEMA_V5_STUDIOS = {
  projects: 'id, studioId, stage, originCompetitionId, *memberIds, [studioId+stage]',
  achievements: 'id, year, kind, studioId, projectId, *ownerIds, [studioId+year]',
  activities: 'id, studioId, date, competitionId, [studioId+date], *attendeeIds',
  /** Deleted records, `${table}:${recordId}`, carried by data packages. */
  tombstones: 'id, table, deletedAt',
  /** What an imported studio package last said about a record (`${table}:${recordId}`), to tell who changed it. */
  packageBases: 'id',
  /** Saved views of the project table (filters, sort, grouping). */
  savedViews: 'id, scope',
  /** A person's page lists the articles they wrote. */
  articles: 'id, kind, status, categoryId, *tags, updatedAt, source, year, *departmentIds, &searchNo, *authorIds',
} as const;

/** The content of a record as a studio package last brought it, to detect changes on both sides. */
export interface PackageBaseRow {
  readonly id: string;
  readonly version: number;
  /** Canonical JSON of the record without version and updatedAt. */
  readonly content: string;
}

/** A named set of table settings (filters, sort, grouping) the user saved. */
export interface SavedViewRow {
  readonly id: string;
  readonly scope: string;
  readonly name: string;
  readonly settings: unknown;
}

/**
 * Version 6 (synergy): the dashboard's snapshot and change journal (see ./dashboardJournal.ts), and invitations
 * of award winners to studios (the talent pipeline). The upgrade builds the snapshot from the existing records.
 */
export const SCHEMA_V6 = {
  dashboardCache: 'key',
  invitations: 'id, personId, studioId, status, year',
} as const;

/**
 * Version 7 (talent pipeline): studios by trade, so the pipeline asks for the studios of its candidates' trades
 * through an index. Existing rows are unchanged (a studio written without a trade is simply not in the index).
 */
export const SCHEMA_V7_PIPELINE = {
  studios: 'id, kind, leadId, *memberIds, departmentId, trade',
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

/**
 * Version 9 (judging performance): mark events indexed by type within a competition, so the lock state (submits,
 * reopenings, sign-off) is read without scanning every `set` event, and a live query over it is not woken by each
 * saved mark. IndexedDB builds the index over existing rows; no row changes.
 */
export const SCHEMA_V9_JUDGING = {
  markEvents: 'id, competitionId, &[competitionId+assignmentId+deviceId+seq], [competitionId+assignmentId], [competitionId+type]',
} as const;

/**
 * Version 10 (paper fallback): paper score sheets typed in on the master and confirmed by a second person
 * (shared/judging/paper). A new table only: no existing row changes.
 */
export const SCHEMA_V10_PAPER = {
  paperSheets: 'id, competitionId, [competitionId+assignmentId+moduleId]',
} as const;

/**
 * Version 11 (knowledge browse at scale): the browse facets' posting lists, one row per facet value, kept with
 * the articles (renderer/db/repositories/knowledge/knowledgeFacets.ts) so the browse panel's counts are one
 * read; and name/title indexes so pickers ask for a few matches instead of listing whole tables. The upgrade
 * builds the posting lists from the stored summaries; IndexedDB builds the new indexes over existing rows.
 */
export const SCHEMA_V11_KBROWSE = {
  articleFacetPostings: 'key',
  competitions: 'id, year, level, status, name',
  studios: 'id, kind, leadId, *memberIds, departmentId, trade, name',
  projects: 'id, studioId, stage, originCompetitionId, *memberIds, [studioId+stage], title',
  achievements: 'id, year, kind, studioId, projectId, *ownerIds, [studioId+year], title',
} as const;

/**
 * Version 12 (rounds): a next round (e.g. the final) names the round it came from in `previousRoundId`; the index
 * lets a preliminary find its next round. Existing rows do not change (the field is absent on them).
 */
export const SCHEMA_V12_ROUNDS = {
  /** Keeps version 11's name index (a store's index list is replaced whole by each version that names it). */
  competitions: 'id, year, level, status, name, previousRoundId',
} as const;

/**
 * Version 14 (search): each article's search document by search number, read by primary key when candidates
 * are verified and shown. Its index is built by version 15's upgrade.
 */
export const SCHEMA_V14_SEARCH = {
  searchDocuments: 'searchNo',
} as const;

/**
 * Version 15 (search rows): posting rows are stored as byte strings (postingCodec.ts) and bigrams' next-character
 * masks in a table of their own, read only for the bigrams a query asks about; the upgrade rebuilds the search
 * index once (texts and rows: search index version 3). Version 14 rebuilt it too; a database below 14 now builds
 * it only here. Articles, bodies and revisions do not change.
 */
export const SCHEMA_V15_SEARCH_ROWS = {
  searchMasks: '[term+bucket]',
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
  /** Summaries only since version 4: bodies are in articleBodies (see repositories/knowledge). */
  articles!: Table<ArticleSummary, string>;
  articleBodies!: Table<ArticleBodyRow, string>;
  articleRevisions!: Table<ArticleRevisionRow, string>;
  searchPostings!: Table<StoredPostingRow, [string, number]>;
  searchMasks!: Table<StoredMaskRow, [string, number]>;
  searchDocuments!: Table<SearchDocumentRow, number>;
  articleFacetPostings!: Table<FacetPostingRow, string>;
  attachments!: Table<Attachment, string>;
  attachmentBlobs!: Table<AttachmentBlobRow, string>;
  rubricTemplates!: Table<RubricTemplateRecord, string>;
  competitionPackages!: Table<CompetitionPackageRow, string>;
  settings!: Table<SettingRow, string>;
  deviceKeys!: Table<DeviceKeyRow, string>;
  pinnedKeys!: Table<PinnedKeyRow, string>;
  sealedMaps!: Table<SealedMapRow, string>;
  pinAttempts!: Table<PinAttemptRow, string>;
  tombstones!: Table<Tombstone, string>;
  packageBases!: Table<PackageBaseRow, string>;
  savedViews!: Table<SavedViewRow, string>;
  dashboardCache!: Table<DashboardCacheRow, string>;
  invitations!: Table<StudioInvitation, string>;
  pinnedDeviceKeys!: Table<PinnedDeviceKeyRow, string>;
  scorePackages!: Table<ScorePackageRow, string>;
  frozenRubrics!: Table<FrozenRubricRow, string>;
  reviews!: Table<ReviewRow, string>;
  paperSheets!: Table<PaperSheet, string>;

  /** Versions above this are not declared (see `version`); the app declares them all. */
  private readonly upToVersion: number;

  constructor(name: string = DATABASE_NAME, options?: JiangxinDatabaseOptions) {
    const { upToVersion = Number.POSITIVE_INFINITY, ...dexieOptions } = options ?? {};
    super(name, dexieOptions);
    this.upToVersion = upToVersion;
    this.use(storageFullMiddleware);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
    // No released version wrote marks or mark events (judging arrives with version 3), so rows of the version-1
    // shape (judgeId, entryId, no chain) can only be test leftovers: they are dropped rather than given a made-up
    // chain that would later verify.
    this.version(3)
      .stores(SCHEMA_V3)
      .upgrade(async (tx) => {
        await tx.table('marks').clear();
        await tx.table('markEvents').clear();
      });
    this.version(4).stores(SCHEMA_V4).upgrade(upgradeKnowledgeToV4);
    this.version(5).stores(SCHEMA_V5_STUDIOS);
    this.version(6)
      .stores(SCHEMA_V6)
      .upgrade(async (tx) => {
        const tables = await Promise.all(DASHBOARD_TABLES.map((name) => tx.table(name).toArray()));
        const facts = buildDashboardFacts(Object.fromEntries(DASHBOARD_TABLES.map((name, i) => [name, tables[i]])) as never);
        await tx.table(DASHBOARD_CACHE_TABLE).clear();
        await tx.table(DASHBOARD_CACHE_TABLE).put({ key: SNAPSHOT_KEY, json: JSON.stringify(facts) });
      });
    this.version(7).stores(SCHEMA_V7_PIPELINE);
    this.version(9).stores(SCHEMA_V9_JUDGING);
    this.version(10).stores(SCHEMA_V10_PAPER);
    this.version(11)
      .stores(SCHEMA_V11_KBROWSE)
      .upgrade(async (tx) => rebuildFacetPostings(tx.table('articleFacetPostings'), await tx.table('articles').toArray()));
    this.version(12).stores(SCHEMA_V12_ROUNDS);
    this.version(14).stores(SCHEMA_V14_SEARCH);
    this.version(15).stores(SCHEMA_V15_SEARCH_ROWS).upgrade(upgradeSearchToV15);
    this.use(dashboardJournalMiddleware);
    // A new database starts with the (empty) snapshot, so later writes only need journalling.
    this.on('populate', (tx) => {
      // A database created at an older version (migration tests, an older backup restored) has no cache yet.
      if (!tx.storeNames.includes(DASHBOARD_CACHE_TABLE)) return;
      void tx.table(DASHBOARD_CACHE_TABLE).add({ key: SNAPSHOT_KEY, json: JSON.stringify(buildDashboardFacts(emptyDashboardRecords())) });
    });
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
