/** What a print view says instead of its document when there is nothing to print. */
import type { ReactNode } from 'react';
import { Box } from '@mui/material';

export function PrintMessage({ children }: { children: ReactNode }) {
  return (
    <Box role="status" data-testid="print-message" sx={{ border: '1px solid #000', p: '6mm', my: '10mm', fontSize: '12pt', textAlign: 'center' }}>
      {children}
    </Box>
  );
}
