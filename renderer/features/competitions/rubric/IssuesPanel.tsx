/**
 * Every problem of the rubric in one list, each with where it is (part › module › item); choosing one scrolls
 * to the field that needs fixing.
 */
import { List, ListItemButton, ListItemText, Popover } from '@mui/material';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { RubricIssue } from '../../../../shared/competitions/rubric/validateRubric';
import type { Rubric } from '../../../../shared/domain';
import { useLanguage } from '../../../app/useLanguage';
import { issueTarget, targetElementId } from './issueIndex';
import { issueMessage } from './issueMessage';

function placeOf(t: TFunction, rubric: Rubric, issue: RubricIssue): string {
  const { partId, moduleId, itemId, tieBreakIndex, award } = issue.path;
  if (tieBreakIndex !== undefined) return t('rubric.issuesPanel.tieBreak', { n: tieBreakIndex + 1 });
  if (award) return t('rubric.issuesPanel.awards');
  const part = rubric.parts.find((p) => p.id === partId);
  const module = part?.modules.find((m) => m.id === moduleId);
  const item = module?.items.find((i) => i.id === itemId);
  const names = [part, module, item].filter((x) => x !== undefined).map((x) => x.name.trim() || t('rubric.issuesPanel.unnamed'));
  return names.length > 0 ? names.join(' › ') : t('rubric.issuesPanel.whole');
}

export function IssuesPanel({ anchor, onClose, rubric, issues }: { anchor: HTMLElement | null; onClose: () => void; rubric: Rubric; issues: readonly RubricIssue[] }) {
  const { t } = useTranslation();
  const language = useLanguage();

  const reveal = (issue: RubricIssue) => {
    onClose();
    // A collapsed module hides its items: fall back to the module, then the part.
    const { partId, moduleId } = issue.path;
    const targets = [issueTarget(issue.path), moduleId && `module:${moduleId}`, partId && `part:${partId}`];
    const element = targets
      .filter((x): x is string => Boolean(x))
      .map((x) => document.getElementById(targetElementId(x)))
      .find((x) => x !== null);
    element?.scrollIntoView({ behavior: 'smooth', block: 'center' });
    element?.querySelector<HTMLElement>('input, textarea')?.focus({ preventScroll: true });
  };

  return (
    <Popover
      open={anchor !== null && issues.length > 0}
      anchorEl={anchor}
      onClose={onClose}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
      slotProps={{ paper: { sx: { maxWidth: 520, maxHeight: 440 } } }}
    >
      <List dense data-testid="rubric-issues-panel">
        {issues.map((issue, index) => (
          <ListItemButton key={index} onClick={() => reveal(issue)}>
            <ListItemText primary={issueMessage(t, issue, language)} secondary={placeOf(t, rubric, issue)} />
          </ListItemButton>
        ))}
      </List>
    </Popover>
  );
}
