/**
 * Folds text for search without changing its length, so a match found in folded text is at the same offsets in
 * the original (snippets highlight the original text). Full-width Latin letters and digits become half-width
 * (ＡＴＳ → ats), and everything is lower-cased. A character whose folded form is not one UTF-16 unit is kept.
 */
const FULL_WIDTH = /[\uff01-\uff5e]/g;

export function foldText(text: string): string {
  const lower = text.toLowerCase();
  // The common case: lower-casing kept every offset; only full-width forms are left to fold.
  if (lower.length === text.length) return lower.replace(FULL_WIDTH, foldFullWidth);
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const one = text[i]!.toLowerCase();
    out += one.length === 1 ? one.replace(FULL_WIDTH, foldFullWidth) : text[i];
  }
  return out;
}

function foldFullWidth(char: string): string {
  // Full-width ASCII block: same order as ASCII, offset by 0xfee0.
  return String.fromCharCode(char.charCodeAt(0) - 0xfee0).toLowerCase();
}
