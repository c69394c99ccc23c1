/** A candidate is a hit only if its text contains every phrase of the query: no false positives are shown. */
import type { QueryPlan } from './queryPlan';

/** `folded` is the document's verificationText. */
export function verifyHit(plan: QueryPlan, folded: string): boolean {
  return plan.phrases.length > 0 && plan.phrases.every((phrase) => folded.includes(phrase.text));
}
