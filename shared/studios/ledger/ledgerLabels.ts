/** Words for the ledger and report files, supplied by the renderer in the user's language (i18n keys under innovation.ledger). */
export type LedgerLabel = (key: string, params?: Record<string, string | number>) => string;

/** 123456 fen → "1,234.56" */
export function yuanText(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100).toLocaleString('en-US')}.${String(abs % 100).padStart(2, '0')}`;
}
