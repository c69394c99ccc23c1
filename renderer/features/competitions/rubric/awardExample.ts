/**
 * The worked example under the award settings ("with 40 entrants: 4 first prizes…"), on integers so that
 * 33.33 % of 30 entrants is 9, not 9.999 rounded the wrong way.
 */
import type { AwardRule } from '../../../../shared/domain';
import { ratioCounts } from '../../../../shared/scoring';

export type AwardRounding = Extract<AwardRule, { mode: 'ratio' }>['rounding'];

/** Winners of one award among `ranked` entrants for a share in percent, on integers. */
export function ratioCount(ranked: number, percent: number, rounding: AwardRounding): number {
  return ratioCounts(ranked, [percent], rounding ?? 'down')[0];
}

