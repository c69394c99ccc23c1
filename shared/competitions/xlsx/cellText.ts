/** Text helpers for reading spreadsheet cells typed by hand. */
import { cellText, type CellRead } from './cellValue';

export function text(cell: CellRead | undefined): string {
  return cell ? cellText(cell).trim() : '';
}

/** A plain decimal written as text: "12", "12.5", "１２.５", "12分", "30%". */
export function parseDecimal(raw: string): number | undefined {
  const t = raw.normalize('NFKC').trim().replace(/\s*(分|%|points?)$/i, '');
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : undefined;
}
