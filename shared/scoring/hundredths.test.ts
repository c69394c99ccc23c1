import { describe, expect, it } from 'vitest';
import {
  type Hundredths,
  divideHalfUp,
  formatHundredths,
  multiplyDivideHalfUp,
  parseHundredths,
  pointsToHundredths,
} from './hundredths';

const h = (n: number) => n as Hundredths;

describe('exact hundredths (DESIGN §3.1)', () => {
  it('parses decimal text without floats, rounding a third decimal half-up', () => {
    expect(parseHundredths('85')).toBe(8500);
    expect(parseHundredths('85.5')).toBe(8550);
    expect(parseHundredths(' 85.50 ')).toBe(8550);
    expect(parseHundredths('1.005')).toBe(101); // 1.005 as a double is 1.00499999…; text parsing is exact
    expect(parseHundredths('1.004')).toBe(100);
    expect(parseHundredths('-3.25')).toBe(-325);
    expect(parseHundredths('0.07')).toBe(7);
    expect(parseHundredths('abc')).toBeUndefined();
    expect(parseHundredths('1e3')).toBeUndefined();
  });

  it('formats with exactly two decimals', () => {
    expect(formatHundredths(h(1250))).toBe('12.50');
    expect(formatHundredths(h(7))).toBe('0.07');
    expect(formatHundredths(h(0))).toBe('0.00');
    expect(formatHundredths(h(10000))).toBe('100.00');
    expect(formatHundredths(h(-5))).toBe('-0.05');
  });

  it('reads rubric numbers stored as doubles exactly', () => {
    expect(pointsToHundredths(0.29)).toBe(29); // 0.29 * 100 = 28.999999999999996
    expect(pointsToHundredths(4.35)).toBe(435); // 4.35 * 100 = 434.99999999999994
  });

  it('divides half-up where binary floats go wrong at .005', () => {
    // 1.005 × 1 / 1: as floats Math.round(1.005 * 100) / 100 = 1 (float rounding); exact: 100.5 hundredths → 101
    expect(divideHalfUp(201, 2)).toBe(101);
    expect(divideHalfUp(200, 2)).toBe(100);
    expect(divideHalfUp(1, 3)).toBe(0);
    expect(divideHalfUp(2, 3)).toBe(1);
    expect(divideHalfUp(-201, 2)).toBe(-101);
    expect(multiplyDivideHalfUp(h(1000), 1, 3)).toBe(333);
    expect(multiplyDivideHalfUp(h(1000), 2, 3)).toBe(667);
    expect(multiplyDivideHalfUp(h(Number.MAX_SAFE_INTEGER), 3, 3)).toBe(Number.MAX_SAFE_INTEGER);
    // The mean of 8.34 and 8.35 is 8.345 → 8.35 half-up; in floats (8.34 + 8.35) / 2 = 8.344999999999999 → 8.34.
    expect(Math.round(((8.34 + 8.35) / 2) * 100)).toBe(834);
    expect(divideHalfUp(834 + 835, 2)).toBe(835);
  });
});
