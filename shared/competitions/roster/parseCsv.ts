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

export interface CsvLimits {
  /** Stop and return undefined past this many records (the cap is enforced while parsing, not after). */
  readonly maxRecords?: number;
  /** A longer field is cut to this many characters (a 190 MB one-field file must not become one string). */
  readonly maxFieldChars?: number;
}

export function parseCsv(text: string, delimiter?: string): CsvRecord[];
export function parseCsv(text: string, delimiter: string | undefined, limits: CsvLimits): CsvRecord[] | undefined;
export function parseCsv(text: string, delimiter = detectDelimiter(text), limits: CsvLimits = {}): CsvRecord[] | undefined {
  const maxRecords = limits.maxRecords ?? Number.POSITIVE_INFINITY;
  const maxFieldChars = limits.maxFieldChars ?? Number.POSITIVE_INFINITY;
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
  const add = (ch: string) => {
    if (field.length < maxFieldChars) field += ch;
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          add('"');
          i += 2;
          continue;
        }
        quoted = false;
      } else add(ch);
      i++;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) endField();
    else if (ch === '\r' || ch === '\n') {
      endRecord();
      if (records.length > maxRecords) return undefined;
      if (ch === '\r' && text[i + 1] === '\n') i++;
    } else add(ch);
    i++;
  }
  if (field !== '' || fields.length > 0 || quoted) endRecord();
  return records;
}
