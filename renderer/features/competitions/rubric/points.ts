/**
 * Showing rubric points in the builder. Sums are done in integer hundredths (DESIGN §3.1) with the helpers of
 * shared/competitions/rubric/rubricMax; this module only turns hundredths into text in the UI language.
 */
import type { Language } from '../../../app/i18n';

const formatters = new Map<Language, Intl.NumberFormat>();

function formatter(language: Language): Intl.NumberFormat {
  let f = formatters.get(language);
  if (!f) {
    f = new Intl.NumberFormat(language, { maximumFractionDigits: 2, useGrouping: false });
    formatters.set(language, f);
  }
  return f;
}

/** 1250 → "12.5". Dividing an integer by 100 and printing at most two decimals is exact. */
export function formatHundredths(hundredths: number, language: Language): string {
  return formatter(language).format(hundredths / 100);
}

/** A points value as stored in the rubric (at most two decimals), e.g. 12.5 → "12.5"; NaN → "—". */
export function formatPoints(points: number, language: Language): string {
  return Number.isFinite(points) ? formatter(language).format(points) : '—';
}

/** 1800 → "30:00", 95 → "1:35". */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '—';
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}
