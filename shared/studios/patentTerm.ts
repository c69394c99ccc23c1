/**
 * Patent terms and annual-fee reminders (China's Patent Law art. 42/43): the term runs from the filing date —
 * 发明 invention 20 years, 实用新型 utility model 10 years, 外观设计 design 15 years (10 for filings before
 * 2021-06-01, when the 2020 amendment took effect). It ends the day before the anniversary. The annual fee
 * for term year k is due before term year k starts, i.e. on the (k−1)th anniversary of filing; the fee for the
 * year of grant is paid with the grant, so without a record of payments the next fee due is the one after it.
 */
import type { AchievementKind, Patent } from '../domain';

export type PatentKind = Extract<AchievementKind, 'invention_patent' | 'utility_model' | 'design_patent'>;

export function isPatentKind(kind: AchievementKind): kind is PatentKind {
  return kind === 'invention_patent' || kind === 'utility_model' || kind === 'design_patent';
}

const DESIGN_15_YEARS_FROM = '2021-06-01';

export function patentTermYears(kind: PatentKind, filedOn: string): number {
  if (kind === 'invention_patent') return 20;
  if (kind === 'utility_model') return 10;
  return filedOn >= DESIGN_15_YEARS_FROM ? 15 : 10;
}

function parse(date: string): { y: number; m: number; d: number } {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return { y, m, d };
}

function format(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `date` plus whole years (29 February becomes 1 March in a common year), then plus `days`. */
export function addYears(date: string, years: number, days = 0): string {
  const { y, m, d } = parse(date);
  return format(new Date(Date.UTC(y + years, m - 1, d + days)));
}

export function addDays(date: string, days: number): string {
  return addYears(date, 0, days);
}

/** The last day of protection. */
export function patentExpiresOn(kind: PatentKind, filedOn: string): string {
  return addYears(filedOn, patentTermYears(kind, filedOn), -1);
}

/** Which year of the term `date` falls in (1 = the first year from filing); 0 before filing. */
export function termYearOn(filedOn: string, date: string): number {
  if (date < filedOn) return 0;
  let k = 1;
  while (addYears(filedOn, k) <= date) k++;
  return k;
}

export interface FeeReminder {
  /** The term year the fee pays for. */
  readonly termYear: number;
  readonly dueOn: string;
  readonly remindOn: string;
  /** Last day of the six-month late-payment period (with surcharge). */
  readonly graceEndsOn: string;
}

/** Default lead time of a reminder before the due date. */
export const FEE_REMINDER_LEAD_DAYS = 60;

/** Every annual fee still to pay, in order; empty for a patent that is not granted or has lapsed. */
export function annualFeeReminders(kind: PatentKind, patent: Pick<Patent, 'filedOn' | 'grantedOn' | 'status' | 'feesPaidThroughYear'>, leadDays = FEE_REMINDER_LEAD_DAYS): FeeReminder[] {
  if (patent.status !== 'granted' || !patent.grantedOn) return [];
  const paidThrough = patent.feesPaidThroughYear ?? termYearOn(patent.filedOn, patent.grantedOn);
  const out: FeeReminder[] = [];
  for (let k = paidThrough + 1; k <= patentTermYears(kind, patent.filedOn); k++) {
    const dueOn = addYears(patent.filedOn, k - 1);
    out.push({ termYear: k, dueOn, remindOn: addDays(dueOn, -leadDays), graceEndsOn: addMonths(dueOn, 6) });
  }
  return out;
}

function addMonths(date: string, months: number): string {
  const { y, m, d } = parse(date);
  return format(new Date(Date.UTC(y, m - 1 + months, d)));
}

export type PatentState =
  | { readonly code: 'applied' }
  | { readonly code: 'lapsed' }
  | { readonly code: 'expired'; readonly params: { readonly expiresOn: string } }
  | { readonly code: 'fee_overdue'; readonly params: FeeReminder }
  | { readonly code: 'fee_due_soon'; readonly params: FeeReminder }
  | { readonly code: 'in_force'; readonly params: { readonly expiresOn: string; readonly next?: FeeReminder } };

/** Where a patent stands on `today`: expired, a fee overdue or due soon, or in force. */
export function patentStateOn(kind: PatentKind, patent: Pick<Patent, 'filedOn' | 'grantedOn' | 'status' | 'feesPaidThroughYear'>, today: string, leadDays = FEE_REMINDER_LEAD_DAYS): PatentState {
  if (patent.status === 'lapsed') return { code: 'lapsed' };
  const expiresOn = patentExpiresOn(kind, patent.filedOn);
  if (today > expiresOn) return { code: 'expired', params: { expiresOn } };
  if (patent.status === 'applied') return { code: 'applied' };
  const next = annualFeeReminders(kind, patent, leadDays)[0];
  if (next && today >= next.dueOn) return { code: 'fee_overdue', params: next };
  if (next && today >= next.remindOn) return { code: 'fee_due_soon', params: next };
  return { code: 'in_force', params: { expiresOn, ...(next ? { next } : {}) } };
}
