/**
 * The command line gives the same results as the app (issue #8): a demo competition is loaded into a real
 * (fake-indexeddb) database, its results are computed the way the results page does (repositories → report), its
 * archive is exported the way the reports tab does, and `npm run cli -- results` on that file prints, entry by
 * entry, the same rank, total, award, part and module scores — and, for a team event scored from its members'
 * totals, `results --teams` prints the team ranking the results page shows.
 */
import 'fake-indexeddb/auto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli';
import { JiangxinDatabase } from '../../renderer/db/database';
import { createRepositories } from '../../renderer/db/repositories';
import { demoCodeMaps } from '../../shared/demo/generateEntries';
import { generateDemoWorkspace } from '../../shared/demo/generateDemoWorkspace';
import { buildCompetitionArchive, serialiseCompetitionArchive } from '../../shared/results/archive/buildCompetitionArchive';
import { buildResultsReport } from '../../shared/results/buildResultsReport';
import { resultsTableRows } from '../../shared/results/resultsReport';
import { teamTableRows } from '../../shared/results/teams/teamTableRows';

const demo = generateDemoWorkspace();
// Competitions with marks: one in review (sealed codes unsealed by the officer's map) and one published.
const COMPETITIONS = ['comp-2024-076', ...demo.competitions.filter((c) => c.status === 'published' && demo.marks.some((m) => m.competitionId === c.id)).slice(0, 1).map((c) => c.id)];
let db: JiangxinDatabase;

beforeAll(async () => {
  db = new JiangxinDatabase(`test-${crypto.randomUUID()}`);
  await db.open();
  await createRepositories(db).workspace.replaceWith(demo);
}, 120_000);

afterAll(async () => {
  db.close();
  await db.delete();
});

describe.each(COMPETITIONS)('%s', (competitionId) => {
  it('prints through the command line the results the app shows', async () => {
    const repos = createRepositories(db);
    const competition = (await repos.competitions.get(competitionId))!;
    const inputs = await repos.results.inputsOf(competitionId);
    const codeOf = demoCodeMaps(demo).find((m) => m.competitionId === competitionId)?.codes;
    const report = buildResultsReport({
      competition,
      ...inputs,
      publication: undefined,
      people: new Map(inputs.people.map((p) => [p.id, p])),
      departments: new Map(inputs.departments.map((d) => [d.id, d])),
      namesRevealed: true,
      ...(codeOf ? { codeOf } : {}),
      judgeLabel: (j) => j.id,
      generatedAt: '2024-12-01T00:00:00.000Z',
    });
    const app = resultsTableRows(report);
    expect(app.filter((r) => r.rank !== null).length).toBeGreaterThan(5);

    const archive = await buildCompetitionArchive({
      competition,
      entries: inputs.entries,
      judges: inputs.judges,
      marks: inputs.marks,
      exportedAt: '2024-12-01T00:00:00.000Z',
      // As the reports tab does: team names go with the (revealed) names.
      nameOf: (e) => ({ name: report.entrants.get(e.id)?.name ?? '', ...(e.teamName ? { teamName: e.teamName } : {}) }),
      judgeLabel: (j) => j.id,
      ...(codeOf ? { codeOf } : {}),
    });
    const file = join(await mkdtemp(join(tmpdir(), 'jx-cli-app-')), 'archive.jxarchive');
    await writeFile(file, serialiseCompetitionArchive(archive));
    const lines: string[] = [];
    expect(await runCli(['results', file], (line) => lines.push(line))).toBe(0);
    const cli = JSON.parse(lines.join('\n')) as typeof app;

    const key = (r: (typeof app)[number]) => ({ id: r.id, rank: r.rank, total: r.total, award: r.award, status: r.status, parts: r.parts, modules: r.modules });
    expect(cli.map(key)).toEqual(app.map(key));

    // A team event scored from its members' totals (the demo's group-wide review competitions): the same team ranking.
    const teams = teamTableRows(report);
    if (competitionId === 'comp-2024-076') expect(teams).toBeDefined();
    if (teams) {
      expect(teams.length).toBeGreaterThan(1);
      const teamLines: string[] = [];
      expect(await runCli(['results', file, '--teams'], (line) => teamLines.push(line))).toBe(0);
      expect(JSON.parse(teamLines.join('\n'))).toEqual(teams);
    }
  }, 60_000);
});
