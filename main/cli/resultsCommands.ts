/**
 * `validate FILE` and `results FILE`: the command line over the competition archive and the scoring engine,
 * so results can be recomputed and checked on any machine with Node, without the app.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseCompetitionPackage } from '../../shared/competitions/package/parseCompetitionPackage';
import { COMPETITION_ARCHIVE_FORMAT } from '../../shared/results/archive/competitionArchiveSchema';
import { archiveResults } from '../../shared/results/archive/archiveResults';
import { parseCompetitionArchive } from '../../shared/results/archive/parseCompetitionArchive';
import { readJsonObject } from '../../shared/safety/readJsonFile';
import { COMPETITION_PACKAGE_FORMAT } from '../../shared/competitions/package/competitionPackageSchema';
import { resultsCsv, teamsCsv } from '../../shared/results/resultsCsv';
import { resultsTableRows } from '../../shared/results/resultsReport';
import { teamTableRows } from '../../shared/results/teams/teamTableRows';
import { buildResultsWorkbook } from '../../shared/results/xlsx/buildResultsWorkbook';

type Out = (line: string) => void;

export async function validateCommand(file: string | undefined, out: Out): Promise<number> {
  if (!file) {
    out('validate needs a file: npm run cli -- validate FILE');
    return 2;
  }
  const bytes = new Uint8Array(await readFile(file));
  // Within the largest JSON cap (an archive's); each format then checks its own.
  const format = readJsonObject('competitionArchive', bytes)?.format;
  if (format === COMPETITION_PACKAGE_FORMAT) {
    const result = await parseCompetitionPackage(bytes);
    if (result.ok) {
      out(`ok: competition package, ${result.pkg.competition.name}, ${result.pkg.subjects.live.length} live and ${result.pkg.subjects.sealed.length} sealed subjects, ${result.pkg.judges.length} judges`);
      return 0;
    }
    out(`refused: ${result.error.code}${result.error.params ? ` ${JSON.stringify(result.error.params)}` : ''}`);
    return 1;
  }
  if (format === COMPETITION_ARCHIVE_FORMAT) {
    const result = await parseCompetitionArchive(bytes);
    if (result.ok) {
      const a = result.archive;
      out(`ok: competition archive, ${a.competition.name}, ${a.entries.length} entries, ${a.judges.length} judges, ${a.marks.length} marks`);
      return 0;
    }
    out(`refused: ${result.errors.length} error(s)`);
    for (const e of result.errors) out(`  ${e.code}${e.path !== undefined ? ` at ${e.path || '(root)'}` : ''}${e.message ? `: ${e.message}` : ''}`);
    return 1;
  }
  out(format === undefined ? 'refused: not a Jiangxin JSON file' : `refused: unknown format "${String(format).slice(0, 100)}"`);
  return 1;
}

export async function resultsCommand(
  file: string | undefined,
  options: { format?: string | undefined; out?: string | undefined; lang?: string | undefined; teams?: boolean | undefined },
  out: Out,
): Promise<number> {
  const format = options.format ?? 'json';
  const language = options.lang === 'en' ? 'en' : 'zh';
  if (!file) {
    out('results needs an archive: npm run cli -- results FILE [--format json|csv|xlsx] [--teams] [--out FILE]');
    return 2;
  }
  if (!['json', 'csv', 'xlsx'].includes(format)) {
    out(`--format must be json, csv or xlsx, not "${format}"`);
    return 2;
  }
  if (format === 'xlsx' && !options.out) {
    out('--format xlsx needs --out FILE');
    return 2;
  }
  if (format === 'xlsx' && options.teams) {
    out('--teams is for json and csv: the xlsx workbook has its team sheet (团体排名 / Teams) whenever the event has a team ranking');
    return 2;
  }
  const parsed = await parseCompetitionArchive(new Uint8Array(await readFile(file)));
  if (!parsed.ok) {
    out(`refused: ${parsed.errors.map((e) => `${e.code}${e.path ? ` at ${e.path}` : ''}`).join('; ')}`);
    return 1;
  }
  const report = archiveResults(parsed.archive, parsed.archive.exportedAt);
  const teams = teamTableRows(report);
  if (options.teams) {
    if (!teams) {
      out('refused: no team ranking: the competition is not a team event scored from its members\' totals (teamScoring sum or mean)');
      return 1;
    }
    if (teams.length === 0) {
      out('refused: no team ranking: no entry names its team (an anonymised archive leaves team names out)');
      return 1;
    }
    return write(options.out, format === 'json' ? `${JSON.stringify(teams, null, 2)}\n` : teamsCsv(teams), `team ranking of ${teams.length} teams`, out);
  }
  const rows = resultsTableRows(report);
  const body: string | Uint8Array =
    format === 'json'
      ? `${JSON.stringify(rows, null, 2)}\n`
      : format === 'csv'
        ? resultsCsv(rows, report.results.rubric.parts.map((p) => p.id), report.results.rubric.modules.map((m) => m.id))
        : buildResultsWorkbook(report, language);
  const what = `results of ${rows.length} entries${teams?.length && format !== 'xlsx' ? ` (a team event: --teams gives its ranking of ${teams.length} teams)` : ''}`;
  return write(options.out, body, what, out);
}

async function write(file: string | undefined, body: string | Uint8Array, what: string, out: Out): Promise<number> {
  if (file) {
    await writeFile(file, body);
    out(`${what} written to ${file}`);
  } else out(typeof body === 'string' ? body.trimEnd() : '');
  return 0;
}
