import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { writeXlsx } from './writeXlsx';

describe('the fast xlsx writer', () => {
  it('writes cells that exceljs reads back in place, gaps included', async () => {
    const bytes = writeXlsx({
      title: '成绩',
      sheets: [
        {
          name: '排名: 第1/2轮',
          rows: [['标题'], [], ['名次', '选手', '总分'], [1, 'A001', 95.5], [null, '', 88.25, undefined, '备注 <&>'], ['', 'B002']],
          decimalColumns: [2],
          boldRows: [2],
          frozenRows: 3,
          widths: [8, 20, 10],
        },
      ],
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('排名  第1 2轮');
    const value = (ref: string) => sheet.getCell(ref).value;
    expect(value('A1')).toBe('标题');
    expect([value('A3'), value('B3'), value('C3')]).toEqual(['名次', '选手', '总分']);
    expect([value('A4'), value('B4'), value('C4')]).toEqual([1, 'A001', 95.5]);
    expect([value('A5'), value('B5'), value('C5'), value('D5'), value('E5')]).toEqual([null, null, 88.25, null, '备注 <&>']);
    expect([value('A6'), value('B6')]).toEqual([null, 'B002']);
    expect(sheet.getCell('C4').numFmt).toBe('0.00');
    expect(sheet.getCell('A3').font?.bold).toBe(true);
  });
});
