/**
 * A write that fails in the middle — here the browser running out of quota on the last table an import writes —
 * leaves the database exactly as it was (compared table by table against the database itself), and the failure
 * reaches the caller as one plain StorageFullError. Covers every import path that writes: roster and people
 * imports, competition package import, Markdown articles, attachments, a studio package merge, backup restore and
 * the demo load (workspace replacement), and a score package merged on the master.
 */
import 'fake-indexeddb/auto';
import Dexie, { type DBCore, type Middleware } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCompetitionPackage } from '../../shared/competitions/package/parseCompetitionPackage';
import { signedPackageFixture } from '../../shared/competitions/testing/packageFixture';
import { exportPublicKey, generateSigningKeyPair } from '../../shared/crypto/signing';
import { generateDemoWorkspace } from '../../shared/demo/generateDemoWorkspace';
import { buildScorePackage } from '../../shared/judging/buildScorePackage';
import { chainMarkEvent } from '../../shared/judging/markChain';
import { rubricHash } from '../../shared/judging/rubricHash';
import { readSnapshot } from './backup/snapshot';
import { JiangxinDatabase } from './database';
import { createRepositories, type Repositories } from './repositories';
import { isQuotaExceeded, StorageFullError } from './storageErrors';

/** Makes every write to `table` fail as a full disk does, below the app's own middleware. */
function quotaFailureOn(table: string): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'simulatedQuota',
    level: -10,
    create: (down) => ({
      ...down,
      table: (name) => {
        const inner = down.table(name);
        if (name !== table) return inner;
        return { ...inner, mutate: () => Promise.reject(new DOMException('simulated: quota exceeded', 'QuotaExceededError')) };
      },
    }),
  };
}

let db: JiangxinDatabase;
let repositories: Repositories;
const demo = generateDemoWorkspace();

beforeEach(async () => {
  db = new JiangxinDatabase(`aborted-${crypto.randomUUID()}`);
  await db.open();
  repositories = createRepositories(db);
  await repositories.workspace.replaceWith({ ...demo, people: demo.people.slice(0, 50), entries: [], marks: [] });
  await repositories.settings.set('workspace.origin', 'demo');
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

/** Runs `write` with writes to `table` failing; expects StorageFullError and an untouched database. */
async function expectUntouched(table: string, write: (failing: Repositories) => Promise<unknown>) {
  const before = await readSnapshot(db);
  const failing = new JiangxinDatabase(db.name);
  failing.use(quotaFailureOn(table));
  await failing.open();
  try {
    const error = await write(createRepositories(failing)).then(() => undefined, (e: unknown) => e);
    expect(isQuotaExceeded(error)).toBe(true);
    expect(error).toBeInstanceOf(StorageFullError);
  } finally {
    failing.close();
  }
  expect(await readSnapshot(db)).toEqual(before);
}

describe('a write that fails half-way changes nothing', () => {
  it('roster import: departments and people written, entries fail', async () => {
    const at = '2024-03-01T08:00:00.000Z';
    await expectUntouched('entries', (r) =>
      r.competitions.importRoster({
        competitionId: demo.competitions[0]!.id,
        newDepartments: [{ id: 'd-new', version: 1, updatedAt: at, name: '新部门' }],
        newPeople: [{ id: 'p-new', version: 1, updatedAt: at, name: '新人', employeeNo: 'N0001', departmentId: 'd-new', trade: '电工', honours: [] }],
        newEntries: [{ id: 'e-new', competitionId: demo.competitions[0]!.id, memberIds: ['p-new'], departmentId: 'd-new', coachIds: [], status: 'registered' }],
      }),
    );
  });

  it('competition package import', async () => {
    const parsed = await parseCompetitionPackage(await signedPackageFixture());
    if (!parsed.ok) throw new Error(parsed.error.code);
    await expectUntouched('competitionPackages', (r) => r.judging.importPackage(parsed.pkg, { confirmedKey: parsed.pkg.signer.publicKey, fingerprint: parsed.fingerprint }));
  });

  it('people import: departments written, people fail', async () => {
    const at = '2024-03-01T08:00:00.000Z';
    await expectUntouched('people', (r) =>
      r.people.importPeople({
        newDepartments: [{ id: 'd-new', version: 1, updatedAt: at, name: '新部门' }],
        newPeople: [{ id: 'p-new', version: 1, updatedAt: at, name: '新人', employeeNo: 'N0001', departmentId: 'd-new', trade: '电工', honours: [] }],
        updatedPeople: [],
      }),
    );
  });

  it('Markdown articles: summaries and bodies written, the search index fails', async () => {
    const at = '2024-03-01T08:00:00.000Z';
    const article = (n: number) => ({ id: `md-${n}`, version: 1, createdAt: at, updatedAt: at, title: `导入的文章${n}`, kind: 'best_practice' as const, status: 'draft' as const, tags: ['导入'], body: `# 导入的文章${n}\n\n道岔检修要点第${n}条。`, links: [], authorIds: [] });
    await expectUntouched('searchPostings', (r) => r.knowledge.importArticles([article(1), article(2)]));
  });

  it('attachment: its record written, its bytes fail', async () => {
    const project = demo.projects[0]!;
    await expectUntouched('attachmentBlobs', (r) => r.projects.files.add('project', project.id, { name: '方案.pdf', bytes: new Uint8Array([37, 80, 68, 70]) }));
  });

  it('studio package merge: a studio written, its projects fail', async () => {
    const studio = demo.studios[0]!;
    const pkg = await repositories.studios.packages.exportPackage(studio.id);
    const renamed = { ...pkg, records: { ...pkg.records, studios: pkg.records.studios.map((s) => ({ ...s, name: `${s.name}（改）`, version: s.version + 1 })), projects: pkg.records.projects.map((p) => ({ ...p, title: `${p.title}（改）`, version: p.version + 1 })) } };
    const plan = await repositories.studios.packages.plan(renamed);
    // Changed on both sides as far as this copy knows (no merge base yet): the studio lead takes the incoming ones.
    const conflicts = plan.items.filter((i) => i.action === 'conflict');
    expect(conflicts.length).toBeGreaterThan(1);
    const choices = new Map(conflicts.map((i) => [`${i.table}:${i.id}`, 'incoming' as const]));
    await expectUntouched('projects', (r) => r.studios.packages.apply(plan, choices));
  });

  it('score package: its events written, the marks view fails', async () => {
    const competition = demo.competitions.find((c) => c.status === 'scoring')!;
    const judge = demo.judges.find((j) => j.competitionId === competition.id && j.role === 'judge' && j.moduleIds.length > 0)!;
    const module = competition.rubric.parts.flatMap((p) => p.modules).find((m) => m.id === judge.moduleIds[0])!;
    const item = module.items.find((i) => i.kind === 'judgement' && i.scale === 'levels')!;
    const keys = await generateSigningKeyPair();
    const draft = { competitionId: competition.id, assignmentId: judge.id, deviceId: 'laptop-7', type: 'set' as const, moduleId: module.id, itemId: item.id };
    const first = chainMarkEvent(undefined, { ...draft, at: '2024-05-17T09:00:00.000Z', subjectRef: 'order:1', value: { kind: 'level', level: 2 } });
    const second = chainMarkEvent(first, { ...draft, at: '2024-05-17T09:01:00.000Z', subjectRef: 'order:2', value: { kind: 'level', level: 3 } });
    const bytes = await buildScorePackage({ competitionId: competition.id, rubricHash: rubricHash(competition.rubric), deviceId: 'laptop-7', publicKey: await exportPublicKey(keys.publicKey), privateKey: keys.privateKey, events: [first, second], exportedAt: '2024-05-17T10:00:00.000Z' });
    const asked = await repositories.marks.importScorePackage(competition.id, bytes);
    if (!asked.ok || asked.outcome !== 'confirm_key') throw new Error(`expected a key to confirm, got ${JSON.stringify(asked)}`);
    await expectUntouched('marks', (r) => r.marks.importScorePackage(competition.id, bytes, { confirmedFingerprint: asked.fingerprint }));
  });

  it('backup restore: every table cleared and refilled, one of them fails', async () => {
    const snapshot = await readSnapshot(db);
    const emptied = { ...snapshot, tables: { ...snapshot.tables, people: [] } };
    await expectUntouched('settings', (r) => r.backup.restore(emptied));
  });

  it('demo load (whole workspace replaced), the last table fails', async () => {
    await expectUntouched('articles', (r) => r.workspace.replaceWith(demo));
  });
});

describe('the quota error', () => {
  it('is recognised however it is wrapped', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(isQuotaExceeded(quota)).toBe(true);
    expect(isQuotaExceeded({ name: 'AbortError', inner: quota })).toBe(true);
    expect(isQuotaExceeded(new Error('x', { cause: quota }))).toBe(true);
    expect(isQuotaExceeded(new Error('other'))).toBe(false);
  });
});
