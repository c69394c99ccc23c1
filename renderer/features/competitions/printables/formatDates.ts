/** Competition dates for a printed header: "2024年5月20日至2024年5月21日", "May 20, 2024 – May 21, 2024". */
import type { Language } from '../../../app/i18n';

function utcDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

export function formatDateRange(start: string, end: string, language: Language, joinRange: (from: string, to: string) => string): string {
  const format = new Intl.DateTimeFormat(language, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
  const from = utcDate(start);
  const to = utcDate(end);
  if (Number.isNaN(from.getTime())) return start;
  if (Number.isNaN(to.getTime()) || start === end) return format.format(from);
  // Not Intl's formatRange: its output differs between ICU builds (Chromium gave "2024/6/4 – 2024/6/5" in Chinese).
  return joinRange(format.format(from), format.format(to));
}

/** A timestamp in the UI language, minutes precision, in the machine's time zone. */
export function formatDateTime(iso: string, language: Language): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(at);
}
