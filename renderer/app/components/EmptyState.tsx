import type { ReactNode } from 'react';
import { Box, Paper, Typography } from '@mui/material';
import type { SvgIconComponent } from '@mui/icons-material';

/** What a page shows when it has no records yet: what the page is for, and the next step. */
export function EmptyState({
  icon: Icon,
  title,
  body,
  action,
  testId,
}: {
  icon: SvgIconComponent;
  title: string;
  body: string;
  action?: ReactNode;
  testId?: string;
}) {
  return (
    <Paper variant="outlined" data-testid={testId ?? 'empty-state'} sx={{ p: 6, textAlign: 'center', maxWidth: 640, mx: 'auto', mt: 4 }}>
      <Icon sx={{ fontSize: 56, color: 'text.disabled' }} />
      <Typography variant="h6" component="h2" sx={{ mt: 2 }}>
        {title}
      </Typography>
      <Typography color="text.secondary" sx={{ mt: 1, mb: action ? 3 : 0 }}>
        {body}
      </Typography>
      {action && <Box>{action}</Box>}
    </Paper>
  );
}
