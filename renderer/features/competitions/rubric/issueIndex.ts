/**
 * Groups the issues of `validateRubric` by the element they belong to (the deepest id of their path), so each
 * editor shows its own problems next to its fields and the summary can jump to them.
 */
import type { RubricIssue, RubricIssuePath } from '../../../../shared/competitions/rubric/validateRubric';

/** "fault:<id>", "band:<id>", "item:<id>", "module:<id>", "part:<id>", "tieBreak:<index>", "award" or "rubric". */
export type IssueTarget = string;

export function issueTarget(path: RubricIssuePath): IssueTarget {
  if (path.faultId !== undefined) return `fault:${path.faultId}`;
  if (path.bandId !== undefined) return `band:${path.bandId}`;
  if (path.itemId !== undefined) return `item:${path.itemId}`;
  if (path.moduleId !== undefined) return `module:${path.moduleId}`;
  if (path.partId !== undefined) return `part:${path.partId}`;
  if (path.tieBreakIndex !== undefined) return `tieBreak:${path.tieBreakIndex}`;
  if (path.award) return 'award';
  return 'rubric';
}

/** The DOM id of the element an issue target is shown on, for "jump to the problem". */
export function targetElementId(target: IssueTarget): string {
  return `rubric-el-${target.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/** A stable empty list, so memoised editors see "no issues" as unchanged. */
export const NO_ISSUES: readonly RubricIssue[] = Object.freeze([]);

/** The issues shown on exactly this element. */
export function ownIssues(issues: readonly RubricIssue[], target: IssueTarget): readonly RubricIssue[] {
  const own = issues.filter((issue) => issueTarget(issue.path) === target);
  return own.length === 0 ? NO_ISSUES : own;
}

/**
 * Issues grouped by one id of their path, e.g. by `partId` for the part editors; an editor receives every issue
 * inside it and passes each child its share.
 */
export function groupIssues(
  issues: readonly RubricIssue[],
  key: (path: RubricIssuePath) => string | undefined,
): ReadonlyMap<string, readonly RubricIssue[]> {
  const groups = new Map<string, RubricIssue[]>();
  for (const issue of issues) {
    const k = key(issue.path);
    if (k === undefined) continue;
    const list = groups.get(k);
    if (list) list.push(issue);
    else groups.set(k, [issue]);
  }
  return groups;
}

/** Same codes, places and numbers: lets memoised editors skip re-rendering while other fields are typed in. */
export function sameIssues(a: readonly RubricIssue[], b: readonly RubricIssue[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a.every((issue, i) => {
    const other = b[i]!;
    return (
      issue.code === other.code &&
      JSON.stringify(issue.path) === JSON.stringify(other.path) &&
      JSON.stringify(issue.params) === JSON.stringify(other.params)
    );
  });
}
