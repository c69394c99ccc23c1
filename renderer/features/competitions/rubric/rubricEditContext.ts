/**
 * What every editor of the builder needs and that never changes while typing: whether the rubric may be edited,
 * and the stable `update` of the local draft. Kept out of props so memoised rows stay memoised, and kept free
 * of the draft itself so a keystroke does not re-render every consumer.
 */
import { createContext, useContext } from 'react';
import type { RubricRecipe } from './rubricEdits';

export interface RubricEditApi {
  readonly readOnly: boolean;
  readonly update: (recipe: RubricRecipe) => void;
}

export const RubricEditContext = createContext<RubricEditApi | null>(null);

export function useRubricEdit(): RubricEditApi {
  const api = useContext(RubricEditContext);
  if (!api) throw new Error('useRubricEdit must be used inside <RubricEditContext>');
  return api;
}
