/** How a mark reads in a grid cell, and how typed text becomes a mark value, per item kind. */
import type { Item, MarkValue } from '../../../shared/domain';
import { formatDuration, parseDuration } from '../../../shared/judging';

export function cellText(item: Item, value: MarkValue | undefined, t: (key: string) => string): string {
  if (!value) return '';
  switch (value.kind) {
    case 'level':
      return String(value.level);
    case 'points':
      return String(value.points);
    case 'met':
      return value.met ? t('judging.grid.met') : t('judging.grid.notMet');
    case 'band':
      return item.kind === 'measurement' ? (item.bands.find((b) => b.id === value.bandId)?.label ?? '?') : '?';
    case 'faults': {
      if (item.kind !== 'deduction') return '';
      const deducted = item.faults.reduce((sum, f) => sum + Math.round(f.points * 100) * (value.faultCounts[f.id] ?? 0), 0);
      return deducted === 0 ? '0' : `−${deducted / 100}`;
    }
    case 'seconds':
      return formatDuration(value.seconds);
  }
}

/** A value from what was typed into a cell, or undefined when the text cannot be one. */
export function parseCellInput(item: Item, text: string): MarkValue | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (item.kind === 'judgement') {
    if (item.scale === 'levels') return /^\d$/.test(trimmed) ? { kind: 'level', level: Number(trimmed) } : undefined;
    return /^\d+(\.\d*)?$/.test(trimmed) ? { kind: 'points', points: Number(trimmed) } : undefined;
  }
  if (item.kind === 'measurement' && item.mode === 'bands') {
    const band = /^\d+$/.test(trimmed) ? item.bands[Number(trimmed) - 1] : undefined;
    return band ? { kind: 'band', bandId: band.id } : undefined;
  }
  if (item.kind === 'time') {
    const seconds = parseDuration(trimmed);
    return seconds === undefined ? undefined : { kind: 'seconds', seconds };
  }
  return undefined;
}

/** Keys that build up typed text in a cell of this item. */
export function acceptsTyping(item: Item): boolean {
  return (item.kind === 'judgement' && item.scale === 'points') || item.kind === 'time';
}
