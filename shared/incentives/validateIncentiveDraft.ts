/**
 * Checks a reward typed into the ledger's form. Returns problems as codes with the field they belong to; the
 * renderer turns them into plain-language messages.
 */
import type { Incentive } from '../domain';

export type IncentiveDraftInput = Partial<Pick<Incentive, 'personId' | 'kind' | 'year' | 'sourceKind' | 'sourceId' | 'description'>> & {
  /** Money as typed, in yuan (e.g. "1500" or "1500.50"); '' for none. */
  readonly amountYuan: string;
  /** The date the reward was granted (YYYY-MM-DD), '' when not given. */
  readonly grantedOn: string;
};

export type IncentiveDraftProblem =
  | { readonly field: 'personId'; readonly code: 'required' }
  | { readonly field: 'kind'; readonly code: 'required' }
  | { readonly field: 'year'; readonly code: 'required' | 'out_of_range' }
  | { readonly field: 'sourceId'; readonly code: 'required' }
  | { readonly field: 'amountYuan'; readonly code: 'not_a_number' | 'too_many_decimals' | 'negative' | 'required_for_bonus' | 'too_large' }
  | { readonly field: 'grantedOn'; readonly code: 'invalid' | 'other_year'; readonly params?: { readonly year: number } }
  | { readonly field: 'description'; readonly code: 'too_long' };

/** Largest single reward accepted (10 million yuan), to catch a typo of extra zeros. */
export const MAX_INCENTIVE_FEN = 1_000_000_000;

/** "1,500.5" → 150050 fen; null when it is not a plain amount. */
export function parseYuan(text: string): number | null {
  const clean = text.replace(/[,\s，]/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(clean)) return null;
  const [whole = '0', decimals = ''] = clean.replace('-', '').split('.');
  if (decimals.length > 2) return Number.NaN;
  const fen = Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
  return clean.startsWith('-') ? -fen : fen;
}

export function validateIncentiveDraft(draft: IncentiveDraftInput): IncentiveDraftProblem[] {
  const problems: IncentiveDraftProblem[] = [];
  if (!draft.personId) problems.push({ field: 'personId', code: 'required' });
  if (!draft.kind) problems.push({ field: 'kind', code: 'required' });
  if (draft.year === undefined) problems.push({ field: 'year', code: 'required' });
  else if (!Number.isInteger(draft.year) || draft.year < 1950 || draft.year > 2100) problems.push({ field: 'year', code: 'out_of_range' });
  if (!draft.sourceKind || !draft.sourceId) problems.push({ field: 'sourceId', code: 'required' });

  const amount = draft.amountYuan.trim();
  if (amount === '') {
    if (draft.kind === 'bonus') problems.push({ field: 'amountYuan', code: 'required_for_bonus' });
  } else {
    const fen = parseYuan(amount);
    if (fen === null) problems.push({ field: 'amountYuan', code: 'not_a_number' });
    else if (Number.isNaN(fen)) problems.push({ field: 'amountYuan', code: 'too_many_decimals' });
    else if (fen < 0) problems.push({ field: 'amountYuan', code: 'negative' });
    else if (fen > MAX_INCENTIVE_FEN) problems.push({ field: 'amountYuan', code: 'too_large' });
    else if (fen === 0 && draft.kind === 'bonus') problems.push({ field: 'amountYuan', code: 'required_for_bonus' });
  }

  if (draft.grantedOn) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.grantedOn) || Number.isNaN(Date.parse(`${draft.grantedOn}T00:00:00Z`))) problems.push({ field: 'grantedOn', code: 'invalid' });
    else if (draft.year !== undefined && Number(draft.grantedOn.slice(0, 4)) < draft.year) problems.push({ field: 'grantedOn', code: 'other_year', params: { year: draft.year } });
  }
  if ((draft.description ?? '').length > 1000) problems.push({ field: 'description', code: 'too_long' });
  return problems;
}
