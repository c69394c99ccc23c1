/**
 * Folds text for search without changing its length, so a match found in folded text is at the same offsets in
 * the original (snippets highlight the original text). Full-width Latin letters and digits become half-width
 * (ＡＴＳ → ats), and everything is lower-cased. A character whose folded form is not one UTF-16 unit is kept.
 */
export function foldText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i];
    } else if (code >= 0xff01 && code <= 0xff5e) {
      // Full-width ASCII block: same order as ASCII, offset by 0xfee0.
      const ascii = code - 0xfee0;
      out += ascii >= 65 && ascii <= 90 ? String.fromCharCode(ascii + 32) : String.fromCharCode(ascii);
    } else {
      const lower = text[i]!.toLowerCase();
      out += lower.length === 1 ? lower : text[i];
    }
  }
  return out;
}
