/**
 * The rubric being edited: a local draft (edits are instant and stay on this screen until Save), the last saved
 * rubric for dirty tracking, live validation, and Save, which writes only the rubric onto the latest stored
 * competition (the repository bumps its version).
 *
 * Incomplete rubrics may be saved: organisers design them over days. The status flow refuses to leave
 * registration while `validateRubric` reports issues, and the rubric is read-only from `drawn` on.
 */
import { useCallback, useMemo, useState } from 'react';
import { validateRubric, type RubricIssue } from '../../../../shared/competitions/rubric/validateRubric';
import type { Competition, CompetitionStatus, Rubric } from '../../../../shared/domain';
import { useRepositories } from '../../../db/useRepositories';
import { sameRubric, type RubricRecipe } from './rubricEdits';

/** The statuses in which the rubric may still change; afterwards the draw, judges and marks depend on it. */
export const RUBRIC_EDITABLE_STATUSES: readonly CompetitionStatus[] = ['draft', 'registration'];

export function isRubricEditable(status: CompetitionStatus): boolean {
  return RUBRIC_EDITABLE_STATUSES.includes(status);
}

export class RubricSaveError extends Error {
  constructor(readonly code: 'locked' | 'not_found') {
    super(code);
    this.name = 'RubricSaveError';
  }
}

interface DraftState {
  readonly draft: Rubric;
  /** The rubric as stored (or being stored): the draft is dirty when it differs. */
  readonly saved: Rubric;
  /** The `competition.rubric` object last seen, to notice when the live record changes. */
  readonly source: Rubric;
  /** The stored rubric changed (another window, an import) while this draft had unsaved edits. */
  readonly changedElsewhere: boolean;
}

function initialState(rubric: Rubric): DraftState {
  return { draft: rubric, saved: rubric, source: rubric, changedElsewhere: false };
}

/** Takes in a new stored rubric without ever dropping unsaved edits. */
function reconcile(state: DraftState, incoming: Rubric): DraftState {
  if (sameRubric(incoming, state.saved)) return { ...state, source: incoming };
  const dirty = !sameRubric(state.draft, state.saved);
  if (!dirty || sameRubric(incoming, state.draft)) return initialState(incoming);
  return { ...state, saved: incoming, source: incoming, changedElsewhere: true };
}

export interface RubricDraft {
  /** What the builder shows: the draft, or the stored rubric when it can no longer be edited. */
  readonly rubric: Rubric;
  readonly readOnly: boolean;
  readonly dirty: boolean;
  readonly saving: boolean;
  readonly changedElsewhere: boolean;
  readonly issues: readonly RubricIssue[];
  /** Applies an edit to the draft; stable across renders. */
  readonly update: (recipe: RubricRecipe) => void;
  /** Replaces the whole draft (template, import); stable. */
  readonly replace: (rubric: Rubric) => void;
  /** Goes back to the stored rubric; stable. */
  readonly discard: () => void;
  /** Stores the draft; resolves to the stored competition (with its new version). */
  readonly save: () => Promise<Competition>;
}

export function useRubricDraft(competition: Competition): RubricDraft {
  const repositories = useRepositories();
  const [state, setState] = useState(() => initialState(competition.rubric));
  const [saving, setSaving] = useState(false);
  // The live record is a new object after every write (ours included): fold it in during render.
  if (competition.rubric !== state.source) setState(reconcile(state, competition.rubric));

  const readOnly = !isRubricEditable(competition.status);
  const rubric = readOnly ? state.saved : state.draft;
  const dirty = useMemo(() => !readOnly && !sameRubric(state.draft, state.saved), [readOnly, state.draft, state.saved]);
  const issues = useMemo(() => validateRubric(rubric), [rubric]);

  const update = useCallback((recipe: RubricRecipe) => setState((s) => ({ ...s, draft: recipe(s.draft) })), []);
  const replace = useCallback((next: Rubric) => setState((s) => ({ ...s, draft: next })), []);
  const discard = useCallback(() => setState((s) => ({ ...s, draft: s.saved, changedElsewhere: false })), []);

  const competitionId = competition.id;
  const toSave = state.draft;
  const previous = state.saved;
  const save = useCallback(async () => {
    setSaving(true);
    // Marked saved first, so the live update our own write triggers is not taken for a change made elsewhere.
    setState((s) => ({ ...s, saved: toSave, changedElsewhere: false }));
    try {
      const latest = await repositories.competitions.get(competitionId);
      if (!latest) throw new RubricSaveError('not_found');
      if (!isRubricEditable(latest.status)) throw new RubricSaveError('locked');
      return await repositories.competitions.save({ ...latest, rubric: toSave });
    } catch (error) {
      setState((s) => (s.saved === toSave ? { ...s, saved: previous } : s));
      throw error;
    } finally {
      setSaving(false);
    }
  }, [repositories, competitionId, toSave, previous]);

  return { rubric, readOnly, dirty, saving, changedElsewhere: state.changedElsewhere && !readOnly, issues, update, replace, discard, save };
}
