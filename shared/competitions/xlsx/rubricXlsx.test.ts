import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Rubric } from '../../domain';
import { validateRubric } from '../rubric/validateRubric';
import { RUBRIC_TEMPLATES } from '../templates';
import { buildMetroDriverPracticalRubric } from '../templates/metroDriverPractical';
import { docxBytes, pngBytes, xlsxFromRows } from '../testing/fixtureFiles';
import { counterIds } from '../testing/ids';
import { exportRubricXlsx } from './exportRubricXlsx';
import { importRubricXlsx } from './importRubricXlsx';
import { columnHeader, detailHeader, RUBRIC_COLUMNS } from './rubricSheetLayout';

/** The rubric with ids replaced by names, so two rubrics built with different ids can be compared. */
function comparable(rubric: Rubric) {
  const moduleName = new Map(rubric.parts.flatMap((p) => p.modules.map((m) => [m.id, `${p.name}/${m.name}`])));
  const partName = new Map(rubric.parts.map((p) => [p.id, p.name]));
  const json = JSON.stringify(rubric.parts, (key, value) => (key === 'id' ? undefined : value));
  return {
    parts: JSON.parse(json) as unknown,
    tieBreak: rubric.tieBreak.map((r) =>
      r.kind === 'part_score' ? `part:${partName.get(r.partId)}` : r.kind === 'module_score' ? `module:${moduleName.get(r.moduleId)}` : 'time',
    ),
    awardRule: rubric.awardRule,
  };
}

const HEADER = [...RUBRIC_COLUMNS.map(columnHeader), detailHeader(1), detailHeader(2), detailHeader(3), detailHeader(4)];

async function importRows(rows: ExcelJS.CellValue[][]) {
  return importRubricXlsx(await xlsxFromRows(rows), { newId: counterIds() });
}

describe('rubric spreadsheet', () => {
  for (const template of RUBRIC_TEMPLATES) {
    it(`round-trips the ${template.key} template: export then import gives an equivalent rubric`, async () => {
      const rubric = template.build(counterIds('a'));
      const bytes = await exportRubricXlsx(rubric, { title: '2024年技能竞赛' });
      const result = await importRubricXlsx(bytes, { newId: counterIds('b') });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(comparable(result.rubric)).toEqual(comparable(rubric));
      expect(validateRubric(result.rubric)).toEqual([]);
    });
  }

  it('round-trips with English words, threshold awards and a minimum total', async () => {
    const rubric = buildMetroDriverPracticalRubric(counterIds());
    rubric.awardRule = { mode: 'threshold', thresholds: [90, 85.5, 80], minTotal: 60 };
    rubric.parts[0]!.modules[0]!.disagreementShare = 0.25;
    const result = await importRubricXlsx(await exportRubricXlsx(rubric, { language: 'en' }), { newId: counterIds('x') });
    expect(result.ok && comparable(result.rubric)).toEqual(comparable(rubric));
  });

  it('writes text that could be taken for a formula with a leading apostrophe, and restores it on import', async () => {
    const rubric = buildMetroDriverPracticalRubric(counterIds());
    const module = rubric.parts[0]!.modules[0]!;
    module.name = '=HYPERLINK("http://example.com","点我")';
    module.items[0]!.name = '+出勤';
    module.items[0]!.description = '@SUM(A1:A9)';
    const deduction = module.items[1]!;
    if (deduction.kind !== 'deduction') throw new Error('fixture');
    deduction.faults[0]!.label = '-漏检一处';

    const bytes = await exportRubricXlsx(rubric);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.slice().buffer);
    const row = workbook.worksheets[0]!.getRow(2);
    expect(row.getCell(4).value).toBe('\'=HYPERLINK("http://example.com","点我")');
    expect(row.getCell(10).value).toBe("'+出勤");
    expect(row.getCell(13).value).toBe("'@SUM(A1:A9)");
    expect(workbook.worksheets[0]!.getRow(3).getCell(14).value).toBe("'-漏检一处：2");
    const formulas: unknown[] = [];
    workbook.worksheets[0]!.eachRow((r) => r.eachCell((c) => c.formula && formulas.push(c.formula)));
    expect(formulas).toEqual([]);

    const result = await importRubricXlsx(bytes, { newId: counterIds('y') });
    expect(result.ok && comparable(result.rubric)).toEqual(comparable(rubric));
  });

  it('reads a hand-made sheet with Chinese words and blank cells meaning "same as above"', async () => {
    const result = await importRows([
      ['部分', '权重', '模块', '模块满分', '安全否决', '评分项', '类型', '满分', '细则1', '细则2', '细则3', '细则4'],
      ['实操', 100, '接触网检修', 30, '模块清零', '作业程序', '评判-等级', 10, '混乱', '错漏较多', '基本正确', '完整正确'],
      [null, null, null, null, null, '导高测量', '测量-分档', '12', '误差≤10 mm：12', '误差≤20 mm: 6', '超差：0'],
      [null, null, null, null, null, '违章', '扣分', 8, '未验电接地：8', '工具遗落：2'],
      [null, null, null, null, null, '用时', '计时-决胜', 0, 1200],
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(validateRubric(result.rubric)).toEqual([]);
    const module = result.rubric.parts[0]!.modules[0]!;
    expect(module).toMatchObject({ name: '接触网检修', max: 30, safetyVeto: 'zero_module', aggregation: 'mean' });
    expect(module.items.map((i) => i.kind)).toEqual(['judgement', 'measurement', 'deduction', 'time']);
    expect(module.items[1]).toMatchObject({
      mode: 'bands',
      bands: [
        { label: '误差≤10 mm', points: 12 },
        { label: '误差≤20 mm', points: 6 },
        { label: '超差', points: 0 },
      ],
    });
  });

  describe('refuses', () => {
    it('a PNG', async () => {
      expect(await importRubricXlsx(pngBytes())).toEqual({
        ok: false,
        errors: [{ code: 'wrong_file_type', params: { detected: 'png' } }],
      });
    });

    it('a Word document renamed .xlsx', async () => {
      expect(await importRubricXlsx(docxBytes())).toEqual({
        ok: false,
        errors: [{ code: 'wrong_file_type', params: { detected: 'zip' } }],
      });
    });

    it('an empty file and an empty workbook', async () => {
      expect(await importRubricXlsx(new Uint8Array())).toEqual({ ok: false, errors: [{ code: 'empty_file' }] });
      expect(await importRows([])).toEqual({ ok: false, errors: [{ code: 'empty_file' }] });
    });

    it('a damaged xlsx', async () => {
      const bytes = (await xlsxFromRows([HEADER])).slice(0, 200);
      expect(await importRubricXlsx(bytes)).toEqual({ ok: false, errors: [{ code: 'unreadable_file' }] });
    });

    it('a sheet without the required columns, naming them', async () => {
      expect(await importRows([['部分', '模块', '评分项', '备注'], ['实操', '操作', '程序', '']])).toEqual({
        ok: false,
        errors: [{ code: 'missing_columns', params: { columns: ['weight', 'moduleMax', 'kind', 'max'] } }],
      });
    });

    it('a header with no rows', async () => {
      expect(await importRows([HEADER])).toEqual({ ok: false, errors: [{ code: 'no_rows' }] });
    });

    it('a formula cell, without evaluating it or using its cached result', async () => {
      const row = ['实操', 100, null, '操作', 10, null, null, null, null, '程序', 'judgement_points', { formula: 'SUM(4,6)', result: 10 }];
      expect(await importRows([HEADER, row])).toEqual({
        ok: false,
        errors: [{ code: 'formula_cell', sheet: 'rubric', row: 2, params: { column: 'max' } }],
      });
    });

    it('bad numbers, kinds and details, each with its row', async () => {
      const result = await importRows([
        HEADER,
        ['实操', 100, '是', '操作', 10, '平均', 5, 30, '无', '程序', 'judgement_points', '十分'],
        ['实操', 100, '是', '操作', 10, '平均', 5, 30, '无', '工艺', '主观题', 5],
        ['实操', 100, '是', '操作', 10, '平均', 5, 30, '无', '测量', 'measurement_bands', 5, null, '达标 5'],
        ['实操', 100, '是', '操作', 10, '平均', 5, 30, '无', '质量', 'judgement_points', -2],
        ['实操', 90, '是', '操作', 10, '平均', 5, 30, '无', '清理', 'judgement_points', 1.005],
      ]);
      expect(result).toEqual({
        ok: false,
        errors: [
          { code: 'bad_number', sheet: 'rubric', row: 2, params: { column: 'max', value: '十分' } },
          { code: 'bad_kind', sheet: 'rubric', row: 3, params: { value: '主观题' } },
          { code: 'bad_detail', sheet: 'rubric', row: 4, params: { column: 'detail1', value: '达标 5' } },
          { code: 'bad_number', sheet: 'rubric', row: 5, params: { column: 'max', value: '-2' } },
          { code: 'inconsistent_part', sheet: 'rubric', row: 6, params: { column: 'weight', part: '实操' } },
          { code: 'bad_number', sheet: 'rubric', row: 6, params: { column: 'max', value: '1.005' } },
        ],
      });
    });

    it('item fields without an item name, and an item with no module', async () => {
      const result = await importRows([HEADER, ['实操', 100, null, '操作', 10, null, null, null, null, null, 'deduction', 5], ['理论', 0, null, null, null, null, null, null, null, '考试', 'imported', 100]]);
      expect(result).toEqual({
        ok: false,
        errors: [
          { code: 'missing_item', sheet: 'rubric', row: 2 },
          { code: 'missing_module', sheet: 'rubric', row: 3 },
        ],
      });
    });
  });
});
