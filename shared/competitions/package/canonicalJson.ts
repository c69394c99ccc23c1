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
