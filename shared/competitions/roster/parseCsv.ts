/**
 * RFC 4180 CSV: quoted fields with doubled quotes, line breaks inside quotes, CRLF / LF / CR line ends.
 * The delimiter is the one of comma, tab and semicolon found most often in the first line (tab for the
 * "Unicode text" Excel saves, semicolon for some European locales).
 */

export interface CsvRecord {
  /** 1-based record number: the row number a spreadsheet shows for this line. */
  row: number;
  fields: string[];
}

export function detectDelimiter(text: string): string {
  const end = text.search(/\r|\n/);
  const firstLine = end === -1 ? text : text.slice(0, end);
  let best = ',';
  let bestCount = 0;
  for (const candidate of [',', '\t', ';']) {
    const count = firstLine.split(candidate).length - 1;
    if (count > bestCount) [best, bestCount] = [candidate, count];
  }
  return best;
}

export function parseCsv(text: string, delimiter = detectDelimiter(text)): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endField = () => {
    fields.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    records.push({ row: records.length + 1, fields });
    fields = [];
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) endField();
    else if (ch === '\r' || ch === '\n') {
      endRecord();
      if (ch === '\r' && text[i + 1] === '\n') i++;
    } else field += ch;
    i++;
  }
  if (field !== '' || fields.length > 0 || quoted) endRecord();
  return records;
}
