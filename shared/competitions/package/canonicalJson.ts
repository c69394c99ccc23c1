/**
 * Canonical JSON: object keys sorted by UTF-16 code units at every depth, `undefined` members left out,
 * numbers and strings written as JSON.stringify writes them. The same value always gives the same text, so
 * a hash over it means the same thing on every machine.
 */

/** `indent` > 0 pretty-prints (for files people may open); checksums use the compact form. */
export function canonicalJson(value: unknown, indent = 0): string {
  return write(value, indent, 0);
}

function write(value: unknown, indent: number, depth: number): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError('canonical JSON has no NaN or Infinity');
      return JSON.stringify(value);
    case 'string':
      return JSON.stringify(value);
    case 'object':
      break;
    default:
      throw new TypeError(`canonical JSON cannot hold a ${typeof value}`);
  }
  const open = indent > 0 ? `\n${' '.repeat(indent * (depth + 1))}` : '';
  const close = indent > 0 ? `\n${' '.repeat(indent * depth)}` : '';
  const colon = indent > 0 ? ': ' : ':';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const items = value.map((v) => (v === undefined ? 'null' : write(v, indent, depth + 1)));
    return `[${open}${items.join(`,${open}`)}${close}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (keys.length === 0) return '{}';
  const members = keys.map((k) => `${JSON.stringify(k)}${colon}${write(record[k], indent, depth + 1)}`);
  return `{${open}${members.join(`,${open}`)}${close}}`;
}

/**
 * True when every object in `value` (parsed JSON: no undefined, no functions) already lists its keys in canonical
 * order. Then `JSON.stringify(value)` is exactly `canonicalJson(value)` (numbers and strings are written the
 * same way), and the native writer can check or hash a large parsed file many times faster.
 */
export function inCanonicalOrder(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (Array.isArray(value)) {
    for (const item of value) if (!inCanonicalOrder(item)) return false;
    return true;
  }
  const record = value as Record<string, unknown>;
  let previous: string | undefined;
  for (const key in record) {
    if (previous !== undefined && !(previous < key)) return false;
    if (record[key] === undefined || !inCanonicalOrder(record[key])) return false;
    previous = key;
  }
  return true;
}
