/**
 * Chinese patent application numbers (专利申请号) for the demo: 4-digit filing year, one digit for the type
 * (1 invention, 2 utility model, 3 design), a 7-digit serial and a check character, e.g. 2024 2 0123456.7.
 * Granted patents carry the "ZL" prefix (ZL2024 2 0123456.7).
 */

export type PatentType = 'invention' | 'utility_model' | 'design';

const TYPE_DIGIT: Readonly<Record<PatentType, string>> = { invention: '1', utility_model: '2', design: '3' };
const WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];

/** The check character of a 12-digit application number: Σ digit × weight mod 11, with 10 written as X. */
export function patentCheckCharacter(twelveDigits: string): string {
  if (!/^\d{12}$/.test(twelveDigits)) throw new RangeError('expected 12 digits');
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(twelveDigits[i]) * (WEIGHTS[i] as number);
  const check = sum % 11;
  return check === 10 ? 'X' : String(check);
}

export function patentNumber(year: number, type: PatentType, serial: number, granted: boolean): string {
  const digits = `${year}${TYPE_DIGIT[type]}${String(serial).padStart(7, '0')}`;
  const check = patentCheckCharacter(digits);
  return `${granted ? 'ZL' : ''}${year} ${TYPE_DIGIT[type]} ${digits.slice(5)}.${check}`;
}
