/** Character classes the tokenizer works with: Chinese (Han) characters, Latin letters, digits, everything else. */
export type CharClass = 'han' | 'letter' | 'digit' | 'other';

const HAN = /\p{Script=Han}/u;
const LETTER = /\p{L}/u;

/** The class of the UTF-16 unit at `index`; the common ranges are decided by number, without a regular expression. */
export function charClassAt(text: string, index: number): CharClass {
  const code = text.charCodeAt(index);
  if (code < 0x80) {
    if (code >= 48 && code <= 57) return 'digit';
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return 'letter';
    return 'other';
  }
  if (code >= 0x4e00 && code <= 0x9fff) return 'han';
  // CJK punctuation, full-width forms, general punctuation, surrogates: separators here.
  if ((code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xffef) || (code >= 0x2000 && code <= 0x206f) || (code >= 0xd800 && code <= 0xdfff)) return 'other';
  const char = text[index]!;
  if (HAN.test(char)) return 'han';
  return LETTER.test(char) ? 'letter' : 'other';
}

export function charClass(char: string): CharClass {
  return charClassAt(char, 0);
}
