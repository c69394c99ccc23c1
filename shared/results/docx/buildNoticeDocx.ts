/**
 * The 公示 notice as a Word document (docx library): title, body text, the table of award winners, the objections
 * paragraph, the organiser and date, and the snapshot hash. The words come translated from the caller; text is
 * set in SimSun / 宋体 with a Latin fallback so it opens the same in Word, WPS and LibreOffice.
 */
import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

export interface NoticeDocxInput {
  readonly competitionName: string;
  readonly title: string;
  readonly body: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly objections: string;
  readonly organiser: string;
  readonly date: string;
  readonly hashLine: string;
}

const FONT = { ascii: 'Times New Roman', eastAsia: 'SimSun', hAnsi: 'Times New Roman' };
const run = (text: string, options: { bold?: boolean; size?: number } = {}) => new TextRun({ text, font: FONT, size: options.size ?? 24, bold: options.bold ?? false });
const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

export async function buildNoticeDocx(input: NoticeDocxInput): Promise<Uint8Array> {
  const cell = (text: string, bold = false) =>
    new TableCell({
      children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(text, { bold, size: 22 })] })],
      borders: { top: border, bottom: border, left: border, right: border },
    });
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: input.columns.map((c) => cell(c, true)) }),
      ...input.rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) })),
    ],
  });
  const doc = new Document({
    creator: 'Jiangxin',
    title: `${input.competitionName} ${input.title}`,
    sections: [
      {
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [run(input.competitionName, { bold: true, size: 32 })] }),
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [run(input.title, { bold: true, size: 32 })] }),
          new Paragraph({ indent: { firstLine: 480 }, spacing: { line: 400, after: 200 }, children: [run(input.body)] }),
          table,
          new Paragraph({ indent: { firstLine: 480 }, spacing: { line: 400, before: 200 }, children: [run(input.objections)] }),
          new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 480 }, children: [run(input.organiser)] }),
          new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(input.date)] }),
          new Paragraph({ spacing: { before: 360 }, children: [run(input.hashLine, { size: 16 })] }),
        ],
      },
    ],
  });
  // Packer.toBuffer needs Node's Buffer; toBlob works in the renderer and in Node 18+.
  const blob = await Packer.toBlob(doc);
  return new Uint8Array(await blob.arrayBuffer());
}
