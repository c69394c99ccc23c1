/**
 * Plain-language text of a rubric problem: `rubric.issues.<code>` in the UI language, with the numbers of the
 * issue formatted as points. Every code of RUBRIC_ISSUE_CODES has a message (checked by issueMessage.test.ts).
 */
import type { TFunction } from 'i18next';
import type { IssueParams, RubricIssue } from '../../../../shared/competitions/rubric/validateRubric';
import type { Language } from '../../../app/i18n';
import { formatPoints } from './points';

export function issueMessageKey(code: RubricIssue['code']): string {
  return `rubric.issues.${code}`;
}

/** Issue parameters as display text: numbers as points, lists joined with slashes. */
export function formatMessageParams(params: IssueParams | undefined, language: Language): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params ?? {})) {
    if (typeof value === 'number') out[key] = formatPoints(value, language);
    else if (typeof value === 'string') out[key] = value;
    else out[key] = value.map((v) => formatPoints(v, language)).join(' / ');
  }
  return out;
}

export function issueMessage(t: TFunction, issue: RubricIssue, language: Language): string {
  return t(issueMessageKey(issue.code), formatMessageParams(issue.params, language));
}
