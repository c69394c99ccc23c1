import type { StudioDetail } from '../useStudioDetail';

/** Exports of a studio's year: ledger (.xlsx), annual report (.docx) and the studio data package. */
export function StudioExports(_props: { detail: StudioDetail; year: number }) {
  return null;
}
