/**
 * Words a spreadsheet may use for the enumerations of a rubric. Export writes the Chinese or the English word;
 * import accepts either, plus a few aliases, ignoring case, spaces, dashes and underscores.
 */

export interface Token<K extends string> {
  key: K;
  zh: string;
  aliases?: readonly string[];
}

export const ITEM_KIND_TOKENS = [
  { key: 'judgement_levels', zh: '评判-等级', aliases: ['主观-等级', '等级评判'] },
  { key: 'judgement_points', zh: '评判-分值', aliases: ['主观-分值', '分值评判'] },
  { key: 'measurement_met', zh: '测量-达标', aliases: ['客观-达标'] },
  { key: 'measurement_bands', zh: '测量-分档', aliases: ['客观-分档'] },
  { key: 'deduction', zh: '扣分' },
  { key: 'time_scored', zh: '计时-计分' },
  { key: 'time_tiebreak', zh: '计时-决胜' },
  { key: 'imported', zh: '导入' },
] as const satisfies readonly Token<string>[];
export type ItemKindToken = (typeof ITEM_KIND_TOKENS)[number]['key'];

export const AGGREGATION_TOKENS = [
  { key: 'mean', zh: '平均', aliases: ['平均分', '算术平均'] },
  { key: 'median', zh: '中位数' },
  { key: 'trimmed', zh: '去极值平均', aliases: ['去极值', '去掉最高最低分'] },
] as const satisfies readonly Token<string>[];

export const SAFETY_VETO_TOKENS = [
  { key: 'none', zh: '无' },
  { key: 'zero_module', zh: '模块清零', aliases: ['本模块零分'] },
  { key: 'disqualify', zh: '取消资格', aliases: ['取消比赛资格'] },
] as const satisfies readonly Token<string>[];

export const BOOLEAN_TOKENS = [
  { key: 'yes', zh: '是', aliases: ['true', 'y', '1', '√', '✓'] },
  { key: 'no', zh: '否', aliases: ['false', 'n', '0', '×'] },
] as const satisfies readonly Token<string>[];

export const SETTING_TOKENS = [
  { key: 'tie_break', zh: '决胜规则' },
  { key: 'award_mode', zh: '奖项方式' },
  { key: 'award_values', zh: '奖项数值' },
  { key: 'award_rounding', zh: '名额取整' },
  { key: 'award_min_total', zh: '获奖最低总分' },
] as const satisfies readonly Token<string>[];

export const TIE_BREAK_TOKENS = [
  { key: 'part_score', zh: '部分得分' },
  { key: 'module_score', zh: '模块得分' },
  { key: 'total_time', zh: '总用时' },
] as const satisfies readonly Token<string>[];

export const AWARD_MODE_TOKENS = [
  { key: 'ratio', zh: '比例' },
  { key: 'count', zh: '名额' },
  { key: 'threshold', zh: '分数线' },
] as const satisfies readonly Token<string>[];

export const ROUNDING_TOKENS = [
  { key: 'down', zh: '向下取整' },
  { key: 'nearest', zh: '四舍五入' },
  { key: 'up', zh: '向上取整' },
] as const satisfies readonly Token<string>[];

export type SheetLanguage = 'zh' | 'en';

/** Lowercase, NFKC, without spaces, dashes, underscores, percent signs or brackets: how headers and words compare. */
export function normaliseWord(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-_–—%()（）［］[\]*]/g, '');
}

/** The word to write for `key`. */
export function tokenWord<K extends string>(tokens: readonly Token<K>[], key: K, language: SheetLanguage): string {
  const token = tokens.find((t) => t.key === key);
  if (!token) throw new Error(`unknown token ${key}`);
  return language === 'zh' ? token.zh : token.key;
}

/** The key a written word stands for, or undefined. */
export function parseToken<K extends string>(tokens: readonly Token<K>[], word: string): K | undefined {
  const n = normaliseWord(word);
  if (n === '') return undefined;
  return tokens.find((t) => [t.key, t.zh, ...(t.aliases ?? [])].some((w) => normaliseWord(w) === n))?.key;
}
