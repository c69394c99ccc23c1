/**
 * A mark changed by an appeal's ruling enters the append-only, hash-chained log of mark changes (DESIGN §2) as an
 * `amend` event on the master, chained after the last event of that judge's chain on the master device, with the
 * reason. The hash is SHA-256 over the canonical JSON of the event without `hash`.
 */
import { canonicalJson } from '../../competitions/package/canonicalJson';
import type { MarkEvent, MarkValue } from '../../domain';
import { sha256Hex } from '../../util/sha256';

/** Device id of the master laptop in the mark log. */
export const MASTER_DEVICE_ID = 'master';

export function amendMarkEvent(
  previous: Pick<MarkEvent, 'seq' | 'hash'> | undefined,
  fields: { id: string; competitionId: string; judgeId: string; markId: string; value: MarkValue; reason: string; at: string },
): MarkEvent {
  const event: Omit<MarkEvent, 'hash'> = {
    id: fields.id,
    competitionId: fields.competitionId,
    judgeId: fields.judgeId,
    deviceId: MASTER_DEVICE_ID,
    seq: (previous?.seq ?? 0) + 1,
    at: fields.at,
    type: 'amend',
    markId: fields.markId,
    value: fields.value,
    reason: fields.reason,
    prevHash: previous?.hash ?? '0'.repeat(64),
  };
  return { ...event, hash: sha256Hex(canonicalJson(event)) };
}
