import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { generateDemoWorkspace } from '../../shared/demo/generateDemoWorkspace';
import { readStudioPackage } from '../../shared/studios/package/studioPackage';
import { JiangxinDatabase } from './database';
import { createRepositories } from './repositories';

const opened: JiangxinDatabase[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

async function fresh() {
  const db = new JiangxinDatabase(`pkg-${crypto.randomUUID()}`);
  opened.push(db);
  await db.open();
  return { db, r: createRepositories(db) };
}

describe('studio packages between two copies', () => {
  it('merges a studio into an empty copy, re-imports without duplicates, and shows a change on both sides as a conflict', async () => {
    const studioCopy = await fresh();
    await studioCopy.r.workspace.replaceWith(generateDemoWorkspace());
    const studio = (await studioCopy.r.studios.list())[0]!;
    const firstProject = (await studioCopy.r.projects.ofStudio(studio.id))[0]!;
    const drawing = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 1, 2, 3, 250, 251]);
    const attached = await studioCopy.r.projects.files.add('project', firstProject.id, { name: '改造方案.pdf', bytes: drawing, mime: 'application/pdf' });
    const pkg = await studioCopy.r.studios.packages.exportPackage(studio.id);
    expect(pkg.records.attachments.map((a) => a.id)).toEqual([attached.id]);
    const read = readStudioPackage(new TextEncoder().encode(JSON.stringify(pkg)));
    expect(read.ok).toBe(true);
    if (!read.ok) return;

    const office = await fresh();
    const first = await office.r.studios.packages.plan(read.pkg);
    expect(first.counts.conflict).toBe(0);
    await office.r.studios.packages.apply(first, new Map());
    expect(await office.r.projects.ofStudio(studio.id)).toHaveLength(pkg.records.projects.length);
    // The project's file travels with it, bytes and all.
    expect((await office.r.projects.files.of('project', firstProject.id)).map((a) => a.name)).toEqual(['改造方案.pdf']);
    expect(await office.r.projects.files.bytesOf(attached.id)).toEqual(drawing);

    const again = await office.r.studios.packages.plan(read.pkg);
    expect(again.counts).toMatchObject({ add: 0, update: 0, conflict: 0 });
    await office.r.studios.packages.apply(again, new Map());
    expect(await office.r.people.count()).toBe(pkg.records.people.length);

    // The same project edited on both sides.
    const project = pkg.records.projects[0]!;
    await office.r.projects.save({ ...(await office.r.projects.get(project.id))!, summary: 'office edit' }).catch(() => undefined);
    const studioSide = await studioCopy.r.projects.get(project.id);
    await studioCopy.db.projects.put({ ...studioSide!, summary: 'studio edit', version: studioSide!.version + 1 });
    const second = await studioCopy.r.studios.packages.exportPackage(studio.id);
    const plan = await office.r.studios.packages.plan(second);
    const item = plan.items.find((i) => i.id === project.id)!;
    expect(item.action).toBe(project.stage === 'review' ? 'update' : 'conflict');
    await office.r.studios.packages.apply(plan, new Map([[`projects:${project.id}`, 'incoming']]));
    expect((await office.r.projects.get(project.id))?.summary).toBe('studio edit');
  });
});
