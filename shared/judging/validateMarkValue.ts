/**
 * Range and step of a value typed into the score grid, per item kind (DESIGN §3.2). Returns a code the grid
 * turns into words; points have at most two decimals (the step of every score, DESIGN §3.1).
 */
import type { Item, MarkValue } from '../domain';

export type MarkValueIssue =
  | { readonly code: 'wrong_kind'; readonly params: { readonly expected: string } }
  | { readonly code: 'out_of_range'; readonly params: { readonly min: number; readonly max: number } }
  | { readonly code: 'bad_step'; readonly params: { readonly step: number } }
  | { readonly code: 'unknown_option'; readonly params: Record<string, never> };

/** The value kind an item takes in the grid. */
export function markValueKindOf(item: Item): MarkValue['kind'] | undefined {
  switch (item.kind) {
    case 'judgement':
      return item.scale === 'levels' ? 'level' : 'points';
    case 'measurement':
      return item.mode === 'met' ? 'met' : 'band';
    case 'deduction':
      return 'faults';
    case 'time':
      return 'seconds';
    case 'imported':
      return undefined;
  }
}

export function validateMarkValue(item: Item, value: MarkValue): MarkValueIssue | undefined {
  const expected = markValueKindOf(item);
  if (!expected || value.kind !== expected) return { code: 'wrong_kind', params: { expected: expected ?? 'none' } };
  switch (value.kind) {
    case 'level':
      return Number.isInteger(value.level) && value.level >= 0 && value.level <= 3 ? undefined : { code: 'out_of_range', params: { min: 0, max: 3 } };
    case 'points':
      if (!(value.points >= 0 && value.points <= item.max)) return { code: 'out_of_range', params: { min: 0, max: item.max } };
      return Math.abs(value.points * 100 - Math.round(value.points * 100)) < 1e-6 ? undefined : { code: 'bad_step', params: { step: 0.01 } };
    case 'band':
      return item.kind === 'measurement' && item.bands.some((b) => b.id === value.bandId) ? undefined : { code: 'unknown_option', params: {} };
    case 'faults': {
      if (item.kind !== 'deduction') return { code: 'wrong_kind', params: { expected } };
      const known = new Set(item.faults.map((f) => f.id));
      for (const [faultId, count] of Object.entries(value.faultCounts)) {
        if (!known.has(faultId)) return { code: 'unknown_option', params: {} };
        if (!Number.isInteger(count) || count < 0 || count > 99) return { code: 'out_of_range', params: { min: 0, max: 99 } };
      }
      return undefined;
    }
    case 'seconds':
      return Number.isInteger(value.seconds) && value.seconds >= 0 && value.seconds <= 24 * 3600
        ? undefined
        : { code: 'out_of_range', params: { min: 0, max: 24 * 3600 } };
    case 'met':
      return undefined;
  }
}

/** Parses "mm:ss", "h:mm:ss" or plain seconds into seconds; undefined when it is none of these. */
export function parseDuration(text: string): number | undefined {
  const trimmed = text.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const match = /^(?:(\d+):)?(\d{1,3}):(\d{2})$/.exec(trimmed);
  if (!match) return undefined;
  const [, h, m, s] = match;
  if (Number(s) > 59) return undefined;
  return Number(h ?? 0) * 3600 + Number(m) * 60 + Number(s);
}

export function formatDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const mmss = `${String(m).padStart(h > 0 ? 2 : 1, '0')}:${String(s).padStart(2, '0')}`;
  return h > 0 ? `${h}:${mmss}` : mmss;
}
