/** Whether each printable has something to print yet, and if not, why (said on the disabled button). */
import type { Rubric } from '../../../../shared/domain';
import { judgedOnSite } from './buildScoreSheets';
import { takesPart, type SheetEntry } from './sheetEntries';

export type PrintableKey = 'scoreSheets' | 'draw' | 'judges';

export const UNAVAILABLE_REASONS = [
  /** No module is judged on site (the rubric is empty, or has imported items only). */
  'no_judged_modules',
  /** Nothing to put on the sheets: no running order for live modules, no sealed codes for sealed ones. */
  'no_codes',
  /** Nobody has a draw order yet. */
  'no_draw',
  /** No judge assigned. */
  'no_judges',
] as const;
export type Unavailable = (typeof UNAVAILABLE_REASONS)[number];

export type Availability = { readonly ok: true } | { readonly ok: false; readonly reason: Unavailable };

export function printablesAvailability(
  rubric: Pick<Rubric, 'parts'>,
  entries: readonly SheetEntry[],
  judgeCount: number,
  sealedCodes: readonly string[] = [],
): Record<PrintableKey, Availability> {
  const refuse = (reason: Unavailable): Availability => ({ ok: false, reason });
  const ok: Availability = { ok: true };
  const modules = rubric.parts.flatMap((p) => p.modules).filter(judgedOnSite);
  const judged = modules.length > 0;
  const drawn = entries.some((e) => takesPart(e) && e.drawOrder !== undefined);
  const coded = modules.some((m) => (m.judging === 'sealed' ? sealedCodes.length > 0 : drawn));
  return {
    scoreSheets: !judged ? refuse('no_judged_modules') : !coded ? refuse('no_codes') : ok,
    draw: drawn ? ok : refuse('no_draw'),
    judges: judgeCount > 0 ? ok : refuse('no_judges'),
  };
}
