#!/usr/bin/env node
/**
 * Jiangxin's command line: the shared code without Electron, for checking files and producing figures on any
 * machine with Node. `npm run cli -- help`.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { computeYearFigures } from '../../shared/dashboard/computeYearFigures';
import { generateDemoWorkspace } from '../../shared/demo/generateDemoWorkspace';
import { parseCompetitionPackage } from '../../shared/competitions/package/parseCompetitionPackage';
import type { WorkspaceRecords } from '../../shared/domain';
import { summariseFigures } from './summariseFigures';
import { resultsCommand, validateCommand } from './resultsCommands';

const HELP = `Jiangxin command line

Usage: npm run cli -- <command> [options]

Commands:
  demo [--out FILE] [--seed TEXT] [--year N]
      Write the demo workspace (a metro operator's year) as JSON, to FILE or standard output.
  figures [--workspace FILE] [--year N]
      Print the dashboard figures of a year, computed from a workspace JSON file (default: the demo).
  validate-package FILE
      Check a competition package (.jxcomp): format, version, checksum and content. Exit code 1 if it is refused.
  validate FILE
      Check any Jiangxin file it knows (competition package, competition archive) and print every error.
      Exit code 1 if the file is refused.
  results FILE [--format json|csv|xlsx] [--teams] [--out FILE] [--lang zh|en]
      Compute the results of a competition archive (.jxarchive) with the scoring engine: per entry its id,
      anonymous code, status, rank, total (two decimals), part and module scores and award. JSON (default) and
      CSV go to standard output unless --out is given; xlsx (the results workbook, labels in --lang) needs --out.
      --teams: for a team event scored from its members' totals, print the team ranking instead (JSON: one
      object per team with its members; CSV: one row per member). The workbook has the team sheet by itself.
  help
      Show this text.
`;

export async function runCli(argv: readonly string[], out: (line: string) => void = console.log): Promise<number> {
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: [...rest],
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      seed: { type: 'string' },
      year: { type: 'string' },
      workspace: { type: 'string' },
      format: { type: 'string' },
      lang: { type: 'string' },
      teams: { type: 'boolean' },
    },
  });
  const year = values.year === undefined ? undefined : Number(values.year);
  if (year !== undefined && !Number.isInteger(year)) {
    out(`--year must be a whole number, not "${values.year}"`);
    return 2;
  }

  switch (command) {
    case 'demo': {
      const json = `${JSON.stringify(generateDemoWorkspace({ seed: values.seed, year }), null, 2)}\n`;
      if (values.out) {
        await writeFile(values.out, json);
        out(`demo workspace written to ${values.out}`);
      } else out(json);
      return 0;
    }
    case 'figures': {
      const records: WorkspaceRecords = values.workspace
        ? (JSON.parse(await readFile(values.workspace, 'utf8')) as WorkspaceRecords)
        : generateDemoWorkspace();
      const chosen = year ?? Math.max(...records.competitions.map((c) => c.year), ...records.achievements.map((a) => a.year));
      for (const line of summariseFigures(computeYearFigures(records, chosen))) out(line);
      return 0;
    }
    case 'validate-package': {
      const file = positionals[0];
      if (!file) {
        out('validate-package needs a file: npm run cli -- validate-package competition.jxcomp');
        return 2;
      }
      const result = await parseCompetitionPackage(new Uint8Array(await readFile(file)));
      if (!result.ok) {
        out(`refused: ${result.error.code}${result.error.params ? ` ${JSON.stringify(result.error.params)}` : ''}`);
        return 1;
      }
      const { pkg } = result;
      out(`ok: ${pkg.competition.name} (${pkg.competition.year}), package version ${pkg.version}, exported ${pkg.exportedAt}`);
      out(`  signed by key ${result.fingerprint}`);
      out(`  ${pkg.subjects.live.length} running orders (live modules), ${pkg.subjects.sealed.length} anonymous codes (sealed modules), ${pkg.judges.length} judges, ${pkg.competition.rubric.parts.length} parts`);
      return 0;
    }
    case 'validate':
      return validateCommand(positionals[0], out);
    case 'results':
      return resultsCommand(positionals[0], { format: values.format, out: values.out, lang: values.lang, teams: values.teams }, out);
    case undefined:
    case 'help':
    case '--help':
      out(HELP);
      return 0;
    default:
      out(`unknown command "${command}"\n`);
      out(HELP);
      return 2;
  }
}

// Run only when executed directly, not when imported by a test.
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop() ?? '')) {
  process.exitCode = await runCli(process.argv.slice(2));
}
