/**
 * Suggestions of several kinds in one short list: takes from each list in turn until `max` are taken, keeping
 * each list's order (and the lists' order), so no kind crowds out the others.
 */
export function shareFairly<T>(lists: readonly (readonly T[])[], max: number): T[] {
  const taken = lists.map(() => 0);
  let total = 0;
  while (total < max && lists.some((list, i) => taken[i]! < list.length)) {
    for (let i = 0; i < lists.length && total < max; i += 1) {
      if (taken[i]! < lists[i]!.length) {
        taken[i]! += 1;
        total += 1;
      }
    }
  }
  return lists.flatMap((list, i) => list.slice(0, taken[i]));
}
