/** Paper sheet refusals and cells in words. */
import type { TFunction } from 'i18next';
import { parsePaperSheetReason, type PaperCellRef } from '../../../../shared/judging';
import { subjectText } from '../review/subjectText';
import type { PaperSheetResult } from '../../../db/repositories/paperSheetsRepository';

export function refusalText(t: TFunction, refusal: Extract<PaperSheetResult, { ok: false }>): string {
  if (refusal.code === 'invalid_value') {
    const { issue, subjectRef } = refusal.params;
    return `${subjectText(subjectRef, t)}: ${t(`judging.valueIssues.${issue.code}`, issue.params)}`;
  }
  if (refusal.code === 'unknown_cell' || refusal.code === 'cell_not_rejected') {
    return t(`paperSheets.refusals.${refusal.code}`, { subject: subjectText(refusal.params.subjectRef, t) });
  }
  if (refusal.code === 'wrong_status') return t('paperSheets.refusals.wrong_status', { status: t(`paperSheets.status.${refusal.params.status}`) });
  if (refusal.code === 'conflicts') return t('paperSheets.refusals.conflicts', { n: refusal.params.count });
  return t(`paperSheets.refusals.${refusal.code}`, refusal.params as Record<string, unknown>);
}

/** "No. 7 · 工艺规范" */
export function cellLabel(t: TFunction, cell: PaperCellRef, itemName: string): string {
  return `${subjectText(cell.subjectRef, t)} · ${itemName}`;
}

/** An event's reason as the audit log shows it: a paper sheet's provenance in words, any other reason as written. */
export function paperReasonText(reason: string | undefined, t: TFunction): string | undefined {
  const paper = parsePaperSheetReason(reason);
  return paper ? t('paperSheets.auditReason', { entered: paper.enteredBy, confirmed: paper.confirmedBy }) : reason;
}
