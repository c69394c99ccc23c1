import { describe, expect, it } from 'vitest';
import { shareFairly } from './shareFairly';

describe('sharing a short list between kinds', () => {
  it('takes from each kind in turn, keeping the order of each kind and of the kinds', () => {
    expect(shareFairly([['c1', 'c2', 'c3', 'c4'], [], ['a1'], ['s1', 's2']], 5)).toEqual(['c1', 'c2', 'a1', 's1', 's2']);
    expect(shareFairly([['c1', 'c2', 'c3'], ['p1']], 20)).toEqual(['c1', 'c2', 'c3', 'p1']);
    expect(shareFairly([['c1', 'c2'], ['p1', 'p2']], 3)).toEqual(['c1', 'c2', 'p1']);
  });
});
