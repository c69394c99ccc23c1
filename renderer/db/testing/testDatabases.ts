/**
 * Databases opened by a test file (fake-indexeddb), closed and deleted after each test. Call at the top level of
 * the test file: `const databases = testDatabases();` then `await databases.open()`.
 */
import Dexie from 'dexie';
import { afterEach } from 'vitest';
import { JiangxinDatabase } from '../database';
import { createRepositories } from '../repositories';

export function testDatabases() {
  const opened: Dexie[] = [];
  afterEach(async () => {
    for (const db of opened.splice(0)) {
      db.close();
      await Dexie.delete(db.name);
    }
  });
  return {
    /** The app's database (its current version) with its repositories. */
    async open(name = `test-${crypto.randomUUID()}`) {
      const db = new JiangxinDatabase(name);
      await db.open();
      opened.push(db);
      return { db, repos: createRepositories(db) };
    },
    /** Closes and deletes `db` after the test too (e.g. one opened at an old schema version). */
    track<D extends Dexie>(db: D): D {
      opened.push(db);
      return db;
    },
  };
}
