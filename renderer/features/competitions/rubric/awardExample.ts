/**
 * The worked example under the award settings ("with 40 entrants: 4 first prizes…"), on integers so that
 * 33.33 % of 30 entrants is 9, not 9.999 rounded the wrong way.
 */
import { toHundredths } from '../../../../shared/competitions/rubric/rubricMax';
import type { AwardRule } from '../../../../shared/domain';

export type AwardRounding = Extract<AwardRule, { mode: 'ratio' }>['rounding'];

/** Winners of one award among `ranked` entrants for a share in percent, on integers. */
export function ratioCount(ranked: number, percent: number, rounding: AwardRounding): number {
  const scaled = ranked * toHundredths(percent); // entrants × percent × 100
  if (rounding === 'down') return Math.floor(scaled / 10000);
  if (rounding === 'up') return Math.ceil(scaled / 10000);
  return Math.floor((2 * scaled + 10000) / 20000);
}

