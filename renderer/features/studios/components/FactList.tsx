/** Label / value pairs of a record. Values wrap instead of being cut off, so long ones can always be read. */
import type { ReactNode } from 'react';
import { Box, Typography } from '@mui/material';

export interface Fact {
  readonly label: string;
  readonly value: ReactNode;
  readonly testId?: string;
}

export function FactList({ facts }: { facts: readonly Fact[] }) {
  return (
    <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'minmax(96px, max-content) 1fr', columnGap: 2, rowGap: 1, m: 0 }}>
      {facts.map((fact) => (
        <Box key={fact.label} sx={{ display: 'contents' }}>
          <Typography component="dt" variant="body2" color="text.secondary">
            {fact.label}
          </Typography>
          <Typography component="dd" variant="body2" sx={{ m: 0, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }} data-testid={fact.testId}>
            {fact.value === '' || fact.value === undefined || fact.value === null ? '—' : fact.value}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}
