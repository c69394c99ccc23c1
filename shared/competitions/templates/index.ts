import { metroDriverPracticalTemplate } from './metroDriverPractical';
import { signalMaintenancePracticalTemplate } from './signalMaintenancePractical';
import { theoryPracticalCombinedTemplate } from './theoryPracticalCombined';
import type { RubricTemplate } from './types';

export type { IdFactory, RubricTemplate } from './types';
export { buildMetroDriverPracticalRubric, metroDriverPracticalTemplate } from './metroDriverPractical';
export {
  buildSignalMaintenancePracticalRubric,
  signalMaintenancePracticalTemplate,
} from './signalMaintenancePractical';
export { buildTheoryPracticalCombinedRubric, theoryPracticalCombinedTemplate } from './theoryPracticalCombined';

/** The templates offered by the rubric builder, in picker order. */
export const RUBRIC_TEMPLATES: readonly RubricTemplate[] = [
  metroDriverPracticalTemplate,
  signalMaintenancePracticalTemplate,
  theoryPracticalCombinedTemplate,
];

/** The template with this key, if any. */
export function findRubricTemplate(key: string): RubricTemplate | undefined {
  return RUBRIC_TEMPLATES.find((t) => t.key === key);
}
