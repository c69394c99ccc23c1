import { useTranslation } from 'react-i18next';
import { problemOf, type DraftProblem } from '../../../shared/studios/validateDrafts';

/** Words for a form's problems: the helper text of a field, or undefined when the field is fine. */
export function useProblemText(problems: readonly DraftProblem[], shown: boolean) {
  const { t } = useTranslation();
  return (field: string): string | undefined => {
    if (!shown) return undefined;
    const problem = problemOf(problems, field);
    return problem ? t(`innovation.problems.${problem.code}`, problem.params ?? {}) : undefined;
  };
}
