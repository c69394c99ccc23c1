/**
 * Live validation of a rubric for the builder: every problem that would make scoring wrong or impossible,
 * each as a code with the place it was found and the numbers the message needs. The UI translates the codes.
 *
 * An empty result means the rubric can be used (a competition leaves draft only with a clean rubric).
 */
import type { AwardRule, Item, Module, Part, Rubric, TieBreakRule } from '../../domain';
import { fromHundredths, hasAtMostTwoDecimals, moduleItemsMax, partMax, toHundredths } from './rubricMax';

export const RUBRIC_ISSUE_CODES = [
  /** The rubric has no part. */
  'no_parts',
  'part_name_missing',
  /** Two parts share a name. params: { name } */
  'duplicate_part_name',
  /** Weight is not a whole number 0–100. params: { value } */
  'part_weight_invalid',
  /** Part weights do not add up to 100. params: { total } */
  'part_weights_not_100',
  /** A part with no module. */
  'part_empty',
  /** A part whose modules are all worth 0 points (its score cannot be scaled). */
  'part_max_zero',
  'module_name_missing',
  /** Two modules of one part share a name. params: { name } */
  'duplicate_module_name',
  /** Module maximum is negative, not a number or has more than two decimals. params: { value } */
  'module_max_invalid',
  /** A module with no item. */
  'module_empty',
  /** Item maxima do not add up to the module maximum (exact, in hundredths). params: { moduleMax, itemsTotal } */
  'module_max_mismatch',
  'item_name_missing',
  /** Two items of one module share a name. params: { name } */
  'duplicate_item_name',
  /** params: { value } */
  'item_max_invalid',
  /** An item worth 0 points (only a tie-break time item may be). */
  'item_max_zero',
  /** A judgement level without descriptor. params: { level } (0–3) */
  'level_descriptor_missing',
  /** A measurement item in `bands` mode without bands. */
  'bands_missing',
  'band_label_missing',
  /** params: { value } */
  'band_points_invalid',
  /** params: { points, max } */
  'band_exceeds_item_max',
  /** params: { label } */
  'duplicate_band_label',
  /** No band gives the item's full points, so the module can never reach its maximum. params: { top, max } */
  'bands_top_below_max',
  /** A deduction item without any fault listed. */
  'faults_missing',
  'fault_label_missing',
  /** Fault points are 0, negative, not a number or have more than two decimals. params: { value } */
  'fault_points_invalid',
  /** params: { points, max } */
  'fault_exceeds_item_max',
  /** params: { label } */
  'duplicate_fault_label',
  /** Time limit is not a positive whole number of seconds. params: { value } */
  'time_limit_invalid',
  /** params: { value } */
  'overtime_penalty_invalid',
  /** A tie-break time item carries points it can never give. params: { max } */
  'tiebreak_time_has_points',
  /** The same id is used twice in the rubric. params: { id } */
  'duplicate_id',
  /** A tie-break rule names a part that does not exist. params: { partId } */
  'tiebreak_unknown_part',
  /** params: { moduleId } */
  'tiebreak_unknown_module',
  /** A total-time tie-break in a rubric with no time item. */
  'tiebreak_no_time_items',
  /** The same tie-break rule appears twice. */
  'tiebreak_duplicate',
  /** Award percents add up to more than 100. params: { total } */
  'award_percents_over_100',
  /** An award percent, count or threshold is negative or not a number. params: { value } */
  'award_values_invalid',
  /** Thresholds must not increase from first to third award. params: { thresholds } */
  'award_thresholds_not_descending',
  /** A threshold above 100 (totals are out of 100). params: { value } */
  'award_threshold_over_100',
  /** params: { value } */
  'award_min_total_over_100',
] as const;
export type RubricIssueCode = (typeof RUBRIC_ISSUE_CODES)[number];

/** Where an issue was found; the builder highlights the deepest id given. */
export interface RubricIssuePath {
  partId?: string;
  moduleId?: string;
  itemId?: string;
  bandId?: string;
  faultId?: string;
  /** Index in `rubric.tieBreak`. */
  tieBreakIndex?: number;
  /** The issue is about the award rule. */
  award?: true;
}

export type IssueParams = Readonly<Record<string, string | number | readonly number[]>>;

export interface RubricIssue {
  code: RubricIssueCode;
  path: RubricIssuePath;
  params?: IssueParams;
}

/** Validates a rubric; issues come in document order (parts, then tie-break, then awards). */
export function validateRubric(rubric: Rubric): RubricIssue[] {
  const issues: RubricIssue[] = [];
  const add = (code: RubricIssueCode, path: RubricIssuePath, params?: IssueParams) =>
    issues.push(params ? { code, path, params } : { code, path });

  if (rubric.parts.length === 0) add('no_parts', {});
  checkIds(rubric, add);
  checkDuplicateNames(rubric.parts, (part, name) => add('duplicate_part_name', { partId: part.id }, { name }));
  for (const part of rubric.parts) checkPart(part, add);

  if (rubric.parts.length > 0 && rubric.parts.every((p) => isWholePercent(p.weightPercent))) {
    const total = rubric.parts.reduce((sum, p) => sum + p.weightPercent, 0);
    if (total !== 100) add('part_weights_not_100', {}, { total });
  }
  checkTieBreak(rubric, add);
  checkAwards(rubric.awardRule, add);
  return issues;
}

type Add = (code: RubricIssueCode, path: RubricIssuePath, params?: IssueParams) => void;

function isWholePercent(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= 100;
}

function isValidPoints(value: number): boolean {
  return hasAtMostTwoDecimals(value) && value >= 0 && value <= 100000;
}

function isBlank(text: string | undefined): boolean {
  return (text ?? '').trim() === '';
}

/** Calls `report` for the second and later holders of a name (compared trimmed). */
function checkDuplicateNames<T extends { name: string }>(list: readonly T[], report: (x: T, name: string) => void) {
  const seen = new Set<string>();
  for (const x of list) {
    const name = x.name.trim();
    if (name === '') continue;
    if (seen.has(name)) report(x, name);
    seen.add(name);
  }
}

function checkIds(rubric: Rubric, add: Add) {
  const seen = new Set<string>();
  const visit = (id: string, path: RubricIssuePath) => {
    if (seen.has(id)) add('duplicate_id', path, { id });
    seen.add(id);
  };
  for (const part of rubric.parts) {
    visit(part.id, { partId: part.id });
    for (const module of part.modules) {
      visit(module.id, { partId: part.id, moduleId: module.id });
      for (const item of module.items) {
        const path = { partId: part.id, moduleId: module.id, itemId: item.id };
        visit(item.id, path);
        if (item.kind === 'measurement') for (const band of item.bands) visit(band.id, { ...path, bandId: band.id });
        if (item.kind === 'deduction') for (const fault of item.faults) visit(fault.id, { ...path, faultId: fault.id });
      }
    }
  }
}

function checkPart(part: Part, add: Add) {
  const path = { partId: part.id };
  if (isBlank(part.name)) add('part_name_missing', path);
  if (!isWholePercent(part.weightPercent)) add('part_weight_invalid', path, { value: part.weightPercent });
  if (part.modules.length === 0) add('part_empty', path);
  checkDuplicateNames(part.modules, (module, name) =>
    add('duplicate_module_name', { partId: part.id, moduleId: module.id }, { name }),
  );
  for (const module of part.modules) checkModule(part, module, add);
  if (part.modules.length > 0 && part.modules.every((m) => isValidPoints(m.max)) && partMax(part) === 0) {
    add('part_max_zero', path);
  }
}

function checkModule(part: Part, module: Module, add: Add) {
  const path = { partId: part.id, moduleId: module.id };
  if (isBlank(module.name)) add('module_name_missing', path);
  const maxValid = isValidPoints(module.max);
  if (!maxValid) add('module_max_invalid', path, { value: module.max });
  if (module.items.length === 0) add('module_empty', path);
  checkDuplicateNames(module.items, (item, name) => add('duplicate_item_name', { ...path, itemId: item.id }, { name }));
  for (const item of module.items) checkItem({ ...path, itemId: item.id }, item, add);

  const itemsValid = module.items.every((item) => isValidPoints(item.max));
  if (maxValid && itemsValid && module.items.length > 0) {
    const itemsTotal = moduleItemsMax(module);
    const moduleMax = toHundredths(module.max);
    if (itemsTotal !== moduleMax) {
      add('module_max_mismatch', path, { moduleMax: fromHundredths(moduleMax), itemsTotal: fromHundredths(itemsTotal) });
    }
  }
}

function checkItem(path: RubricIssuePath, item: Item, add: Add) {
  if (isBlank(item.name)) add('item_name_missing', path);
  const maxValid = isValidPoints(item.max);
  if (!maxValid) add('item_max_invalid', path, { value: item.max });
  const isTiebreakTime = item.kind === 'time' && item.mode === 'tiebreak';
  if (maxValid && item.max === 0 && !isTiebreakTime) add('item_max_zero', path);
  const max = maxValid ? toHundredths(item.max) : undefined;

  switch (item.kind) {
    case 'judgement':
      if (item.scale === 'levels') {
        item.descriptors.forEach((text, level) => {
          if (isBlank(text)) add('level_descriptor_missing', path, { level });
        });
      }
      break;
    case 'measurement':
      if (item.mode === 'bands') checkBands(path, item.bands, max, add);
      break;
    case 'deduction':
      checkFaults(path, item.faults, max, add);
      break;
    case 'time':
      if (!Number.isInteger(item.limitSeconds) || item.limitSeconds <= 0) {
        add('time_limit_invalid', path, { value: item.limitSeconds });
      }
      if (!isValidPoints(item.overtimePenaltyPerMinute)) {
        add('overtime_penalty_invalid', path, { value: item.overtimePenaltyPerMinute });
      }
      if (isTiebreakTime && maxValid && item.max > 0) add('tiebreak_time_has_points', path, { max: item.max });
      break;
    case 'imported':
      break;
  }
}

function checkBands(
  path: RubricIssuePath,
  bands: readonly { id: string; label: string; points: number }[],
  max: number | undefined,
  add: Add,
) {
  if (bands.length === 0) {
    add('bands_missing', path);
    return;
  }
  let top = 0;
  let allValid = true;
  const labels = new Set<string>();
  for (const band of bands) {
    const bandPath = { ...path, bandId: band.id };
    if (isBlank(band.label)) add('band_label_missing', bandPath);
    const label = band.label.trim();
    if (label !== '' && labels.has(label)) add('duplicate_band_label', bandPath, { label });
    labels.add(label);
    if (!isValidPoints(band.points)) {
      add('band_points_invalid', bandPath, { value: band.points });
      allValid = false;
      continue;
    }
    const points = toHundredths(band.points);
    top = Math.max(top, points);
    if (max !== undefined && points > max) {
      add('band_exceeds_item_max', bandPath, { points: band.points, max: fromHundredths(max) });
    }
  }
  if (allValid && max !== undefined && top < max) {
    add('bands_top_below_max', path, { top: fromHundredths(top), max: fromHundredths(max) });
  }
}

function checkFaults(
  path: RubricIssuePath,
  faults: readonly { id: string; label: string; points: number }[],
  max: number | undefined,
  add: Add,
) {
  if (faults.length === 0) add('faults_missing', path);
  const labels = new Set<string>();
  for (const fault of faults) {
    const faultPath = { ...path, faultId: fault.id };
    if (isBlank(fault.label)) add('fault_label_missing', faultPath);
    const label = fault.label.trim();
    if (label !== '' && labels.has(label)) add('duplicate_fault_label', faultPath, { label });
    labels.add(label);
    if (!isValidPoints(fault.points) || fault.points === 0) {
      add('fault_points_invalid', faultPath, { value: fault.points });
    } else if (max !== undefined && toHundredths(fault.points) > max) {
      add('fault_exceeds_item_max', faultPath, { points: fault.points, max: fromHundredths(max) });
    }
  }
}

function tieBreakKey(rule: TieBreakRule): string {
  switch (rule.kind) {
    case 'part_score':
      return `part:${rule.partId}`;
    case 'module_score':
      return `module:${rule.moduleId}`;
    case 'total_time':
      return 'time';
  }
}

function checkTieBreak(rubric: Rubric, add: Add) {
  const partIds = new Set(rubric.parts.map((p) => p.id));
  const moduleIds = new Set(rubric.parts.flatMap((p) => p.modules.map((m) => m.id)));
  const hasTimeItem = rubric.parts.some((p) => p.modules.some((m) => m.items.some((i) => i.kind === 'time')));
  const seen = new Set<string>();
  rubric.tieBreak.forEach((rule, tieBreakIndex) => {
    const path = { tieBreakIndex };
    const key = tieBreakKey(rule);
    if (seen.has(key)) add('tiebreak_duplicate', path);
    seen.add(key);
    if (rule.kind === 'part_score' && !partIds.has(rule.partId)) {
      add('tiebreak_unknown_part', path, { partId: rule.partId });
    }
    if (rule.kind === 'module_score' && !moduleIds.has(rule.moduleId)) {
      add('tiebreak_unknown_module', path, { moduleId: rule.moduleId });
    }
    if (rule.kind === 'total_time' && !hasTimeItem) add('tiebreak_no_time_items', path);
  });
}

function checkAwards(rule: AwardRule, add: Add) {
  const path = { award: true } as const;
  const values: readonly number[] =
    rule.mode === 'ratio' ? rule.percents : rule.mode === 'count' ? rule.counts : rule.thresholds;
  const bad = values.filter(
    (v) => !Number.isFinite(v) || v < 0 || (rule.mode === 'count' ? !Number.isInteger(v) : !hasAtMostTwoDecimals(v)),
  );
  for (const value of bad) add('award_values_invalid', path, { value });
  if (bad.length === 0) {
    if (rule.mode === 'ratio') {
      const total = fromHundredths(rule.percents.reduce((sum, p) => sum + toHundredths(p), 0));
      if (total > 100) add('award_percents_over_100', path, { total });
    }
    if (rule.mode === 'threshold') {
      const [first, second, third] = rule.thresholds;
      if (first < second || second < third) {
        add('award_thresholds_not_descending', path, { thresholds: [...rule.thresholds] });
      }
      for (const value of rule.thresholds) if (value > 100) add('award_threshold_over_100', path, { value });
    }
  }
  if (rule.minTotal !== undefined && rule.minTotal > 100) add('award_min_total_over_100', path, { value: rule.minTotal });
}
