/**
 * A write that fails in the middle — here the browser running out of quota on the last table an import writes —
 * leaves the database exactly as it was (compared table by table against the database itself), and the failure
 * reaches the caller as one plain StorageFullError. Covers every import path that writes today: roster import,
 * competition package import, backup restore and the demo load (workspace replacement).
 */
import 'fake-indexeddb/auto';
import Dexie, { type DBCore, type Middleware } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCompetitionPackage } from '../../shared/competitions/package/parseCompetitionPackage';
import { signedPackageFixture } from '../../shared/competitions/testing/packageFixture';
import { generateDemoWorkspace } from '../../shared/demo/generateDemoWorkspace';
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
    // A first import writes only once the signer's fingerprint is confirmed: confirm it, so the key is pinned and
    // the package stored in one transaction, whose second write fails.
    await expectUntouched('competitionPackages', (r) => r.judging.importPackage(parsed.pkg, { confirmedKey: parsed.pkg.signer.publicKey }));
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
