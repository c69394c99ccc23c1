/**
 * A picker's question: at most `limit` records whose name (or title) matches what the user typed. Names that
 * start with it come first, through the field's index; when they are fewer than the limit, names that contain
 * it elsewhere follow (Chinese names rarely start with the word typed, e.g. "2026年接触网技能竞赛" for
 * "接触网"), from a cursor over the same index that stops at the limit or after SCAN_CAP rows.
 */
import type { Table } from 'dexie';

const SCAN_CAP = 5000;

export async function suggestByName<T extends { readonly id: string }>(table: Table<T, string>, field: string, text: string, limit = 20): Promise<T[]> {
  const query = text.trim();
  // A database from before version 11 (or a schema merged without the index) still answers, by primary key.
  const ordered = table.schema.idxByName[field] ? table.orderBy(field) : table.toCollection();
  if (query === '') return ordered.limit(limit).toArray();
  const prefix = table.schema.idxByName[field] ? await table.where(field).startsWithIgnoreCase(query).limit(limit).toArray() : [];
  if (prefix.length >= limit) return prefix;
  const seen = new Set(prefix.map((r) => r.id));
  const folded = query.toLocaleLowerCase();
  let scanned = 0;
  const containing = await ordered
    .until(() => ++scanned > SCAN_CAP)
    .filter((r) => !seen.has(r.id) && String((r as Record<string, unknown>)[field] ?? '').toLocaleLowerCase().includes(folded))
    .limit(limit - prefix.length)
    .toArray();
  return [...prefix, ...containing];
}
