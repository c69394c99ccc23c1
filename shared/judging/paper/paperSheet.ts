/**
 * A paper score sheet typed in on the master (paper fallback, 纸质评分表录入): when a judge scored on the printed
 * sheet instead of a laptop, one person types the sheet in and another, who can only confirm or reject, checks it
 * against the paper (double entry). One sheet is one judge assignment × one module, laid out like the printed
 * sheet (subjects × items). Only a confirmed sheet becomes marks: `set` events in the master's chain for that
 * assignment, through the ordinary mark event log.
 */
import { z } from 'zod';
import { idSchema, isoDateTimeSchema, markValueSchema, subjectRefSchema } from '../../domain';

/**
 * entering → awaiting_confirmation (handed over) → confirmed, or → returned (rejected: the entry person corrects
 * the named cells) → awaiting_confirmation again.
 */
export const PAPER_SHEET_STATUSES = ['entering', 'awaiting_confirmation', 'returned', 'confirmed'] as const;
export type PaperSheetStatus = (typeof PAPER_SHEET_STATUSES)[number];

/** A person as they wrote their name: there are no accounts on the master for the people who type sheets in. */
export const paperPersonNameSchema = z.string().trim().min(1).max(100);

/** One cell of the sheet: what scored it (subject × item). */
export const paperCellRefSchema = z.object({ subjectRef: subjectRefSchema, itemId: idSchema });
export type PaperCellRef = z.infer<typeof paperCellRefSchema>;

export const paperCellSchema = paperCellRefSchema.extend({
  value: markValueSchema,
  /** A remark the judge wrote beside the value; it becomes the mark's note. */
  note: z.string().max(1000).optional(),
});
export type PaperCell = z.infer<typeof paperCellSchema>;

export const paperSheetStepSchema = z.object({
  action: z.enum(['created', 'handed_over', 'rejected', 'confirmed']),
  by: paperPersonNameSchema,
  at: isoDateTimeSchema,
  /** Rejected: the cells that do not match the paper. */
  cells: z.array(paperCellRefSchema).optional(),
  reason: z.string().max(1000).optional(),
});
export type PaperSheetStep = z.infer<typeof paperSheetStepSchema>;

export const paperSheetSchema = z.object({
  id: idSchema,
  version: z.number().int().min(1),
  updatedAt: isoDateTimeSchema,
  competitionId: idSchema,
  /** The judge whose paper sheet it is: the marks become theirs. */
  assignmentId: idSchema,
  moduleId: idSchema,
  status: z.enum(PAPER_SHEET_STATUSES),
  /** Who types the sheet in (and corrects it when it comes back). */
  enteredBy: paperPersonNameSchema,
  createdAt: isoDateTimeSchema,
  /** The values typed in, one per filled cell of the paper; a blank on paper is no cell. */
  cells: z.array(paperCellSchema),
  /** The cells named by the last rejection: the only ones the entry person may change while the sheet is returned. */
  rejectedCells: z.array(paperCellRefSchema),
  rejectionReason: z.string().max(1000).optional(),
  /** Every step, oldest first: who did what and when. */
  history: z.array(paperSheetStepSchema),
  confirmedBy: paperPersonNameSchema.optional(),
  confirmedAt: isoDateTimeSchema.optional(),
  /** The `set` events the confirmation appended to the master's chain of the assignment. */
  eventIds: z.array(z.string().regex(/^[0-9a-f]{64}$/)).optional(),
  /** Cells that already held the same mark when the sheet was confirmed, so no event was needed. */
  unchangedCells: z.number().int().min(0).optional(),
});
export type PaperSheet = z.infer<typeof paperSheetSchema>;

export function paperCellKey(cell: PaperCellRef): string {
  return `${cell.subjectRef}|${cell.itemId}`;
}

/** A sheet that is not confirmed yet: at most one per judge × module, so two people never type the same paper. */
export function isOpenPaperSheet(sheet: Pick<PaperSheet, 'status'>): boolean {
  return sheet.status !== 'confirmed';
}

/**
 * True when two typed names name the same person: compared after Unicode normalisation (full-width letters),
 * trimming, collapsing spaces and ignoring case, so "张 三", "张三 " and "ＺＨＡＮＧ" cannot pass as another person.
 */
export function samePersonName(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toLocaleLowerCase('en');
  return norm(a) === norm(b);
}
