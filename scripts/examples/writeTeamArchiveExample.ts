/**
 * Writes docs/examples/team-competition-archive.jxarchive, a small team event in competition archive version 2
 * (docs/formats.md), and its team ranking as `npm run cli -- results FILE --teams` prints it. The records are the
 * test fixture shared/results/archive/testing/teamEventArchive.ts, built through the app's own archive builder.
 * Run with `npx tsx scripts/examples/writeTeamArchiveExample.ts`; main/cli/resultsCommands.test.ts checks both files.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { archiveResults } from '../../shared/results/archive/archiveResults';
import { serialiseCompetitionArchive } from '../../shared/results/archive/buildCompetitionArchive';
import { teamEventArchive } from '../../shared/results/archive/testing/teamEventArchive';
import { teamTableRows } from '../../shared/results/teams/teamTableRows';

const archive = await teamEventArchive();
const folder = join(import.meta.dirname, '..', '..', 'docs', 'examples');
writeFileSync(join(folder, 'team-competition-archive.jxarchive'), serialiseCompetitionArchive(archive));
const teams = teamTableRows(archiveResults(archive, archive.exportedAt)) ?? [];
writeFileSync(join(folder, 'team-competition-archive.teams.json'), `${JSON.stringify(teams, null, 2)}\n`);
console.log(teams.map((t) => `${t.team} ${t.rank} ${t.total} ${t.award} (${t.members.map((m) => `${m.id} ${m.total}`).join(', ')})`).join('\n'));
