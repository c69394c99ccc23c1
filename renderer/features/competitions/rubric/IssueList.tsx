import { Box, Typography } from '@mui/material';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { useTranslation } from 'react-i18next';
import type { RubricIssue } from '../../../../shared/competitions/rubric/validateRubric';
import { useLanguage } from '../../../app/useLanguage';
import { issueMessage } from './issueMessage';

/** The problems of one part, module, item, band or fault, in plain language, right under its fields. */
export function IssueList({ issues, dense = false }: { issues: readonly RubricIssue[]; dense?: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (issues.length === 0) return null;
  return (
    <Box component="ul" data-testid="rubric-issue-list" sx={{ listStyle: 'none', m: 0, p: 0, mt: dense ? 0.5 : 1 }}>
      {issues.map((issue, index) => (
        <Box component="li" key={`${issue.code}-${index}`} sx={{ display: 'flex', gap: 0.75, alignItems: 'flex-start', color: 'warning.dark' }}>
          <WarningAmberIcon sx={{ fontSize: 16, mt: '2px' }} aria-hidden />
          <Typography variant="body2" data-issue-code={issue.code}>
            {issueMessage(t, issue, language)}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}
