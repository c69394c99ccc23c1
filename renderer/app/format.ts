/** Number and money formatting in the UI language. Money is stored as integer fen. */
import type { Language } from './i18n';

const FEN_PER_YUAN = 100;

/** Compact yuan amount: "1.82亿" in Chinese, "182.35M" in English. */
export function formatYuanCompact(fen: number, language: Language): string {
  return new Intl.NumberFormat(language, { notation: 'compact', maximumFractionDigits: 2 }).format(fen / FEN_PER_YUAN);
}

/** Full yuan amount with grouping and two decimals. */
export function formatYuan(fen: number, language: Language): string {
  return new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(fen / FEN_PER_YUAN);
}

export function formatCount(value: number, language: Language): string {
  return new Intl.NumberFormat(language).format(value);
}

/** "甲、乙、丙" in Chinese, "A, B, C" in English. */
export function formatList(items: readonly string[], language: Language): string {
  return new Intl.ListFormat(language, { style: 'narrow', type: 'conjunction' }).format(items);
}
