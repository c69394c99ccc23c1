/**
 * The results workbook (.xlsx): 排名 ranking, 模块明细 module breakdown, 评分明细 every judge's marks per item, and
 * 审计摘要 the audit summary — each sheet headed by the competition and the publication snapshot hash. Scores are
 * numbers shown with two decimals (exact: hundredths / 100); every text cell is neutralised against formulas.
 */
import { neutraliseCellText } from '../../competitions/xlsx/cellValue';
import type { TieBreakRule } from '../../domain';
import { formatHundredths, type Hundredths, hundredthsToPoints } from '../../scoring';
import { markText } from '../markText';
import { awardLabel, reportLabel, type ReportLabel, type ReportLanguage, statusLabel } from '../reportLabels';
import type { ResultsReport } from '../resultsReport';
import { displayWidth } from '../../util/displayWidth';
import { type XlsxCell, type XlsxSheet, writeXlsx } from './writeXlsx';

/** Rows above each sheet's table: title, snapshot hash, generated at, blank; the table header follows. */
export const RESULTS_SHEET_HEADER_ROWS = 4;

const text = (value: string | undefined): string => neutraliseCellText(value ?? '');
const points = (h: number): number => hundredthsToPoints(h as Hundredths);

function sheet(
  report: ResultsReport,
  language: ReportLanguage,
  title: string,
  columns: readonly string[],
  rows: XlsxCell[][],
  options: { widths: number[]; decimalColumns: number[] },
): XlsxSheet {
  const l = (k: ReportLabel) => reportLabel(language, k);
  // Column A holds the header's labels too: wide enough for them, whatever the column's own content.
  const [first = 8, ...rest] = options.widths;
  const labels = Math.max(displayWidth(l('snapshotHash')), displayWidth(l('generatedAt'))) + 2;
  return {
    name: title,
    rows: [
      [text(`${report.competition.name} — ${title}`)],
      [l('snapshotHash'), report.snapshot ? report.snapshot.hash : l('notPublished')],
      [l('generatedAt'), report.generatedAt],
      [],
      columns.map(text),
      ...rows,
    ],
    boldRows: [0, RESULTS_SHEET_HEADER_ROWS],
    frozenRows: RESULTS_SHEET_HEADER_ROWS + 1,
    ...options,
    widths: [Math.max(first, labels), ...rest],
  };
}

export function buildResultsWorkbook(report: ResultsReport, language: ReportLanguage = 'zh'): Uint8Array {
  const l = (k: ReportLabel) => reportLabel(language, k);
  const { results, rubric } = report;
  const partNames = rubric.parts.map((p) => p.name);
  const modules = rubric.parts.flatMap((p) => p.modules);
  const moduleName = new Map(modules.map((m) => [m.id, m.name]));
  const who = (key: string) => report.entrants.get(key);

  // 1. Ranking
  const ranking = sheet(
    report,
    language,
    l('ranking'),
    [l('rank'), l('code'), l('name'), l('department'), l('status'), l('total'), l('award'), ...partNames],
    results.rows.map((row) => {
      const entrant = who(row.key);
      return [
        row.rank ?? l('unranked'),
        text(entrant?.anonCode),
        text(entrant?.name),
        text(entrant?.department),
        statusLabel(language, row.status, row.unrankedReason),
        points(row.total),
        awardLabel(language, row.award),
        ...[...row.score.parts].map(points),
      ];
    }),
    { widths: [10, 10, 14, 18, 12, 10, 10, ...partNames.map(() => 12)], decimalColumns: [5, ...partNames.map((_, i) => 7 + i)] },
  );

  // 2. Modules
  const moduleSheet = sheet(
    report,
    language,
    l('modules'),
    [l('rank'), l('code'), l('name'), ...modules.map((m) => `${m.name} (${formatHundredths(Math.round(m.max * 100) as Hundredths)})`), l('vetoed')],
    results.rows.map((row) => {
      const entrant = who(row.key);
      return [
        row.rank ?? l('unranked'),
        text(entrant?.anonCode),
        text(entrant?.name),
        ...[...row.score.modules].map(points),
        text(row.score.vetoedModuleIds.map((id) => moduleName.get(id) ?? id).join('; ')),
      ];
    }),
    { widths: [10, 10, 14, ...modules.map(() => 16), 16], decimalColumns: modules.map((_, i) => 3 + i) },
  );

  // 3. Marks by judge: one row per entrant and item, one column per judge, then the item score.
  const judgeIds = [...report.judges.keys()];
  const judgeColumn = new Map(judgeIds.map((id, i) => [id, i]));
  const items = results.rubric.items;
  const itemRecords = modules.flatMap((m) => m.items);
  const itemIndex = new Map(items.map((it, i) => [it.id, i]));
  const rowIndex = new Map(results.rows.map((r, i) => [r.key, i]));
  // One flat array of mark texts: row × item × judge (no string keys per mark); each distinct text neutralised once.
  const stride = items.length * judgeIds.length;
  const cellText: (string | undefined)[] = new Array(results.rows.length * stride);
  const hasMarks = new Uint8Array(results.rows.length * items.length);
  const safe = new Map<string, string>();
  for (const mark of report.marks) {
    const column = judgeColumn.get(mark.judgeId);
    const i = itemIndex.get(mark.itemId);
    const r = rowIndex.get(mark.subject);
    if (column === undefined || i === undefined || r === undefined) continue;
    const raw = markText(mark.value, itemRecords[i]);
    let shown = safe.get(raw);
    if (shown === undefined) safe.set(raw, (shown = text(raw)));
    cellText[r * stride + i * judgeIds.length + column] = shown;
    hasMarks[r * items.length + i] = 1;
  }
  const markRows: XlsxCell[][] = [];
  const itemNames = itemRecords.map((it) => text(it.name));
  const itemModuleNames = items.map((it) => text(moduleName.get(results.rubric.modules[it.moduleIndex]?.id ?? '')));
  results.rows.forEach((row, r) => {
    const entrant = who(row.key);
    const code = text(entrant?.anonCode);
    const name = text(entrant?.name);
    for (let i = 0; i < items.length; i++) {
      if (!hasMarks[r * items.length + i]) continue;
      const line: XlsxCell[] = [code, name, itemModuleNames[i], itemNames[i]];
      const base = r * stride + i * judgeIds.length;
      for (let j = 0; j < judgeIds.length; j++) line.push(cellText[base + j]);
      line.push(points(row.score.items[i] as number));
      markRows.push(line);
    }
  });
  const marksSheet = sheet(
    report,
    language,
    l('rawMarks'),
    [l('code'), l('name'), l('module'), l('item'), ...judgeIds.map((id) => report.judges.get(id) ?? id), l('itemScore')],
    markRows,
    { widths: [10, 12, 16, 24, ...judgeIds.map(() => 10), 12], decimalColumns: [4 + judgeIds.length] },
  );

  // 4. Audit summary
  const a = report.audit;
  const en = language === 'en';
  const lines: [string, string | number][] = [
    [en ? 'Entries' : '参赛数', results.rows.length],
    [en ? 'Ranked' : '参加排名', results.awards.rankedCount],
    [en ? 'Marks' : '评分记录', a.markCount],
    [en ? 'Judges' : '裁判', a.judgeCount],
    [en ? 'Appeals' : '申诉', a.appealCount],
    [en ? 'Marks changed by appeals' : '因申诉更改的评分', a.markChangeCount],
    [en ? 'Flags (disagreements, conflicts)' : '提示（分歧、冲突）', a.flagCount],
    [en ? 'Marks ignored (unknown entrant or item)' : '未计入的评分', a.ignoredMarks],
    [en ? 'Award rule' : '奖项规则', awardRuleText(report, language)],
    [awardLabel(language, 'first'), results.awards.given.first],
    [awardLabel(language, 'second'), results.awards.given.second],
    [awardLabel(language, 'third'), results.awards.given.third],
    ...results.tieDecisions.map((t): [string, string] => [
      `${l('tieBreak')} ${formatHundredths(t.total)}`,
      `${who(t.above)?.anonCode ?? t.above} / ${who(t.below)?.anonCode ?? t.below}: ${tieRuleText(report, t.rule, language)}${
        t.aboveValue !== undefined || t.belowValue !== undefined ? ` (${fmtValue(t.aboveValue)} / ${fmtValue(t.belowValue)})` : ''
      }`,
    ]),
  ];
  const audit = sheet(
    report,
    language,
    l('audit'),
    [l('measure'), l('value')],
    lines.map(([k, v]) => [text(k), typeof v === 'string' ? text(v) : v]),
    { widths: [36, 80], decimalColumns: [] },
  );
  // 5. Teams (team events scored from their members' totals): rank, team, members with their totals, team score.
  const teams = report.teams;
  const teamSheet =
    teams &&
    sheet(
      report,
      language,
      l('teams'),
      [l('rank'), l('team'), l('members'), teams.mode === 'sum' ? l('teamTotal') : l('teamMean'), ...(teams.awards ? [l('award')] : [])],
      teams.rows.map((row) => [
        row.rank,
        text(row.teamName),
        text(
          row.members
            .map((m) => {
              const entrant = who(m.entryId);
              const name = entrant?.name ?? entrant?.anonCode ?? m.entryId;
              return `${name} ${m.rank === undefined ? `${statusLabel(language, m.status)} ${l('countsZero')}` : formatHundredths(m.total)}`;
            })
            .join(language === 'en' ? '; ' : '；'),
        ),
        points(row.total),
        ...(teams.awards ? [awardLabel(language, row.award)] : []),
      ]),
      // The first column also holds the sheet head's labels (公示快照哈希, Generated at): wide enough for them.
      { widths: [12, 20, 60, 12, 12], decimalColumns: [3] },
    );
  return writeXlsx({ sheets: [ranking, moduleSheet, marksSheet, audit, ...(teamSheet ? [teamSheet] : [])], title: report.competition.name, creator: 'Jiangxin', created: report.generatedAt });
}

/** What decided a tie, in words: "实操得分高者在前", "total time shorter first", or a shared rank. */
export function tieRuleText(report: Pick<ResultsReport, 'rubric'>, rule: TieBreakRule | undefined, language: ReportLanguage): string {
  const en = language === 'en';
  if (!rule) return en ? 'still tied: shared rank' : '仍相同：并列名次';
  if (rule.kind === 'total_time') return en ? 'shorter total time first' : '总用时短者在前';
  const name =
    rule.kind === 'part_score'
      ? report.rubric.parts.find((p) => p.id === rule.partId)?.name
      : report.rubric.parts.flatMap((p) => p.modules).find((m) => m.id === rule.moduleId)?.name;
  return en ? `higher ${name ?? '?'} score first` : `${name ?? '?'}得分高者在前`;
}

function fmtValue(v: number | undefined): string {
  return v === undefined ? '—' : formatHundredths(v as Hundredths);
}

function awardRuleText(report: ResultsReport, language: ReportLanguage): string {
  const { rule, counts, limits, thresholds, minTotal } = report.results.awards;
  const en = language === 'en';
  const min = minTotal !== undefined ? (en ? `, minimum total ${formatHundredths(minTotal)}` : `，获奖最低总分 ${formatHundredths(minTotal)}`) : '';
  if (rule.mode === 'ratio') {
    const rounding = { down: en ? 'rounded down' : '向下取整', nearest: en ? 'rounded to nearest' : '四舍五入', up: en ? 'rounded up' : '向上取整' }[rule.rounding ?? 'down'];
    return `${en ? 'Ratio' : '比例'} ${rule.percents.join(' / ')} % (${rounding}): ${counts?.join(' / ')}; ${en ? 'cumulative ranks' : '累计名次'} ≤ ${limits?.join(' / ')}${min}`;
  }
  if (rule.mode === 'count') return `${en ? 'Counts' : '名额'} ${counts?.join(' / ')}; ${en ? 'cumulative ranks' : '累计名次'} ≤ ${limits?.join(' / ')}${min}`;
  return `${en ? 'Thresholds' : '分数线'} ${thresholds?.map((t) => formatHundredths(t)).join(' / ')}${min}`;
}
