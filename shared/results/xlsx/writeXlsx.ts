/**
 * A small, fast xlsx writer for large report tables (the results workbook for 2,000 entrants holds over a
 * million cells, which exceljs takes tens of seconds to write on the 2-core machines of DESIGN §7). It writes
 * plain SpreadsheetML — shared strings, numbers with a two-decimal format, a bold header style, frozen header
 * rows and column widths — and zips it with fflate. Reading stays with exceljs (tests read these files back).
 *
 * Text must already be neutralised by the caller (neutraliseCellText); here it is only XML-escaped.
 */
import { zipSync, strToU8 } from 'fflate';

export type XlsxCell = string | number | null | undefined;

export interface XlsxSheet {
  readonly name: string;
  readonly rows: readonly (readonly XlsxCell[])[];
  /** Column widths in characters, from column A. */
  readonly widths?: readonly number[];
  /** 0-based columns whose numbers show two decimals. */
  readonly decimalColumns?: readonly number[];
  /** 0-based rows in bold (titles, headers). */
  readonly boldRows?: readonly number[];
  /** Rows kept in view when scrolling (the title block and the header). */
  readonly frozenRows?: number;
}

export interface XlsxDocument {
  readonly sheets: readonly XlsxSheet[];
  readonly title?: string;
  readonly creator?: string;
  /** ISO time written into the document properties. */
  readonly created?: string;
}

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

// eslint-disable-next-line no-control-regex
const XML_UNSAFE = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;
function escapeXml(text: string): string {
  return text.replace(XML_UNSAFE, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : ''));
}

// Styles: 0 default, 1 two decimals, 2 bold, 3 bold + two decimals.
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.00"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** Shared strings: each distinct text is escaped and stored once (codes, names and item names repeat a lot). */
class SharedStrings {
  readonly index = new Map<string, number>();
  count = 0;
  of(text: string): number {
    let i = this.index.get(text);
    if (i === undefined) this.index.set(text, (i = this.index.size));
    this.count++;
    return i;
  }
  xml(): string {
    const out = [`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.count}" uniqueCount="${this.index.size}">`];
    for (const text of this.index.keys()) out.push(`<si><t xml:space="preserve">${escapeXml(text)}</t></si>`);
    out.push('</sst>');
    return out.join('');
  }
}

function sheetXml(sheet: XlsxSheet, strings: SharedStrings): string {
  const width = sheet.rows.reduce((w, r) => Math.max(w, r.length), 1);
  const columns = Array.from({ length: width }, (_, i) => columnName(i));
  const decimal = new Set(sheet.decimalColumns ?? []);
  const bold = new Set(sheet.boldRows ?? []);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
  ];
  // Printed landscape, fitted to one page wide (LibreOffice and Excel honour it when printing or converting).
  out.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  const frozen = sheet.frozenRows ?? 0;
  out.push(
    frozen > 0
      ? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>`
      : '<sheetViews><sheetView workbookViewId="0"/></sheetViews>',
  );
  if (sheet.widths && sheet.widths.length > 0) {
    out.push('<cols>');
    sheet.widths.forEach((w, i) => out.push(`<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`));
    out.push('</cols>');
  }
  out.push('<sheetData>');
  sheet.rows.forEach((row, r) => {
    const n = r + 1;
    const isBold = bold.has(r);
    let xml = `<row r="${n}">`;
    // A cell names its reference only after a gap: without `r` a cell is the one after the previous one, which
    // keeps the XML of a million-cell sheet about a third smaller.
    let gap = false;
    for (let c = 0; c < row.length; c++) {
      const value = row[c];
      if (value === null || value === undefined || value === '') {
        gap = true;
        continue;
      }
      const ref = gap || c === 0 ? ` r="${columns[c]}${n}"` : '';
      gap = false;
      if (typeof value === 'number') {
        const style = decimal.has(c) ? (isBold ? 3 : 1) : isBold ? 2 : 0;
        xml += `<c${ref}${style ? ` s="${style}"` : ''}><v>${Number.isFinite(value) ? value : 0}</v></c>`;
      } else {
        xml += `<c${ref} t="s"${isBold ? ' s="2"' : ''}><v>${strings.of(value)}</v></c>`;
      }
    }
    out.push(`${xml}</row>`);
  });
  out.push(
    '</sheetData><pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/></worksheet>',
  );
  return out.join('');
}

/** Sheet names: at most 31 characters, none of : \ / ? * [ ]. */
function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);
}

export function writeXlsx(doc: XlsxDocument): Uint8Array {
  const sheets = doc.sheets;
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>${sheets
        .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
        .join('')}<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`,
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
    ),
    'docProps/core.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${escapeXml(doc.title ?? '')}</dc:title><dc:creator>${escapeXml(doc.creator ?? '')}</dc:creator>${
        doc.created ? `<dcterms:created xsi:type="dcterms:W3CDTF">${escapeXml(new Date(doc.created).toISOString())}</dcterms:created>` : ''
      }</cp:coreProperties>`,
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView/></bookViews><sheets>${sheets
        .map((s, i) => `<sheet name="${escapeXml(sheetName(s.name))}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
        .map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
        .join('')}<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId${sheets.length + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    'xl/styles.xml': strToU8(STYLES),
  };
  const strings = new SharedStrings();
  sheets.forEach((sheet, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(sheet, strings))));
  files['xl/sharedStrings.xml'] = strToU8(strings.xml());
  // Level 1: these files are mostly repetitive XML, which compresses well even at the fastest level.
  return zipSync(files, { level: 1, mtime: doc.created ? new Date(doc.created) : new Date('2000-01-01T00:00:00Z') });
}
