/** Money as whole fen (0.01 yuan), read from and written as yuan text without binary floats. */

/** "1,234.5" or "１２３４.５０" → 123450; undefined when it is not a non-negative amount with at most 2 decimals. */
export function parseYuanToFen(text: string): number | undefined {
  const clean = text.normalize('NFKC').replace(/[,\s¥￥元]/g, '');
  const match = /^(\d+)(?:\.(\d{0,2}))?$/.exec(clean);
  if (!match) return undefined;
  const fen = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(fen) ? fen : undefined;
}

/** 123450 → "1234.50" (no grouping; the renderer formats for display). */
export function fenToYuanText(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
