/** Character classes the tokenizer works with: Chinese (Han) characters, Latin letters, digits, everything else. */
export type CharClass = 'han' | 'letter' | 'digit' | 'other';

const HAN = /\p{Script=Han}/u;
const LETTER = /\p{L}/u;

export function charClass(char: string): CharClass {
  const code = char.charCodeAt(0);
  if (code >= 48 && code <= 57) return 'digit';
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return 'letter';
  if (code < 0x80) return 'other';
  // The CJK Unified Ideographs block first: the common case, checked without a regular expression.
  if (code >= 0x4e00 && code <= 0x9fff) return 'han';
  if (code >= 0xd800 && code <= 0xdfff) return 'other';
  if (HAN.test(char)) return 'han';
  return LETTER.test(char) ? 'letter' : 'other';
}
