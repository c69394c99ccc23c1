import type { RubricIssue } from '../../../../../shared/competitions/rubric/validateRubric';
import type { Item } from '../../../../../shared/domain';

export type JudgementItem = Extract<Item, { kind: 'judgement' }>;
export type MeasurementItem = Extract<Item, { kind: 'measurement' }>;
export type DeductionItem = Extract<Item, { kind: 'deduction' }>;
export type TimeItem = Extract<Item, { kind: 'time' }>;
export type ImportedItem = Extract<Item, { kind: 'imported' }>;

/** Props of the editor of one item kind: the item, how to change it, and every issue found inside it. */
export interface KindEditorProps<T extends Item> {
  readonly item: T;
  readonly onChange: (next: T) => void;
  readonly issues: readonly RubricIssue[];
  readonly readOnly: boolean;
}
