/** A mark as short text for tables and the raw-marks sheet: "L2", "7.50", "✓"/"✗", a band label, faults, time. */
import type { Item, MarkValue } from '../domain';
import { formatHundredths, pointsToHundredths } from '../scoring';

export function markText(value: MarkValue, item: Item | undefined): string {
  switch (value.kind) {
    case 'level':
      return `L${value.level}`;
    case 'points':
      return formatHundredths(pointsToHundredths(value.points));
    case 'met':
      return value.met ? '✓' : '✗';
    case 'band':
      return item?.kind === 'measurement' ? (item.bands.find((b) => b.id === value.bandId)?.label ?? value.bandId) : value.bandId;
    case 'faults': {
      const faults = item?.kind === 'deduction' ? item.faults : [];
      const parts = Object.entries(value.faultCounts)
        .filter(([, n]) => n > 0)
        .map(([id, n]) => `${faults.find((f) => f.id === id)?.label ?? id}×${n}`);
      return parts.length > 0 ? parts.join('; ') : '0';
    }
    case 'seconds':
      return `${Math.floor(value.seconds / 60)}:${String(value.seconds % 60).padStart(2, '0')}`;
  }
}
