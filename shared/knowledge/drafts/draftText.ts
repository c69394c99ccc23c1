/** Words used in automatically drafted articles, which are written in the organisation's language (Chinese). */
import type { AwardKey, Level } from '../../domain';

export const LEVEL_NAMES: Readonly<Record<Level, string>> = {
  national: '国家级',
  provincial: '省级',
  municipal: '市级',
  company: '公司级',
  grassroots: '基层级',
};

export const AWARD_NAMES: Readonly<Record<AwardKey, string>> = { first: '一等奖', second: '二等奖', third: '三等奖' };

/** Text placed in a Markdown table cell: pipes and line breaks would break the table. */
export function cell(text: string): string {
  return text.replace(/\|/g, '｜').replace(/\s*\n\s*/g, ' ');
}
