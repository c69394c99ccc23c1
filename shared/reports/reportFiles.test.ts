/** The report's files from the hand-made workspace of buildUnionAnnualReport.test.ts: what a reader finds in them. */
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildUnionReportDocx } from './buildUnionReportDocx';
import { buildUnionReportWorkbook } from './buildUnionReportWorkbook';
import { highlightSentence, reportChartSvgs, type ReportLabel } from './reportText';
import type { UnionAnnualReport } from './types';

const label: ReportLabel = (key, params) => (params ? `${key}${JSON.stringify(params)}` : key);

const report: UnionAnnualReport = {
  format: 1,
  year: 2024,
  previousYear: 2023,
  figures: [
    { key: 'competitions', value: 83, previous: 80, money: false },
    { key: 'savingsFen', value: 18_000_000_000, previous: 17_000_000_000, money: true },
  ],
  charts: [{ key: 'competitionsByLevel', bars: [{ labelKey: 'level.national', value: 1 }, { labelKey: 'level.grassroots', value: 67 }] }],
  highlights: [
    { code: 'savings', params: { savingsFen: 18_000_000_000 } },
    { code: 'growth', params: { key: 'competitions', previous: 80, value: 83, previousYear: 2023 } },
  ],
  competitionsByLevel: [{ level: 'national', competitions: [{ id: 'c1', name: '全国大赛', level: 'national', trade: '信号工', startDate: '2024-09-01', entries: 3 }] }],
  winners: [{ personId: 'p1', name: '=张伟', department: '车辆部', competitionId: 'c1', competitionName: '全国大赛', level: 'national', award: 'first' }],
  studios: [],
  topProjects: [],
  topAchievements: [{ id: 'a1', title: '成果一', kind: 'utility_model', studioName: '工作室', savingsFen: 100 }],
  incentives: { count: 1, people: 1, amountFen: 100_000, byKind: [{ key: 'bonus', count: 1, amountFen: 100_000 }], bySource: [], pending: 2 },
};

describe('report files', () => {
  it('turns highlights into sentences with money in yuan and the change in percent', () => {
    expect(highlightSentence(report.highlights[0]!, label)).toBe('highlights.savings{"savings":"180,000,000.00"}');
    expect(highlightSentence(report.highlights[1]!, label)).toContain('"change":"+3.8%"');
  });

  it('draws each chart as SVG with its labels and values', () => {
    const [chart] = reportChartSvgs(report, label);
    expect(chart!.svg).toContain('level.grassroots');
    expect(chart!.svg).toContain('>67<');
  });

  it('writes the workbook: figures with last year and the change, winners neutralised', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await buildUnionReportWorkbook(report, label)) as unknown as ArrayBuffer);
    const figures = workbook.getWorksheet('sheets.figures')!;
    expect(figures.getRow(2).values).toEqual([undefined, 'figures.competitions', 83, 80, 3]);
    expect(figures.getRow(3).getCell(2).value).toBe(180_000_000);
    expect(workbook.getWorksheet('sheets.winners')!.getRow(2).getCell(1).value).toBe("'=张伟");
    expect(workbook.getWorksheet('sheets.charts')!.getRow(3).values).toEqual([undefined, 'charts.competitionsByLevel{"year":2024}', 'level.grassroots', 67]);
  });

  it('writes the Word document: A4, the title, highlights, figures, charts as images and the lists', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const files = unzipSync(await buildUnionReportDocx(report, [{ png, width: 640, height: 120 }], label));
    const xml = strFromU8(files['word/document.xml']!);
    expect(xml).toContain('title{&quot;year&quot;:2024}');
    expect(xml).toContain('w:w="11906"');
    expect(xml).toContain('w:eastAsia="SimSun"');
    expect(xml).toContain('180,000,000.00');
    expect(xml).toContain('全国大赛');
    expect(Object.keys(files).some((name) => name.startsWith('word/media/'))).toBe(true);
  });
});
