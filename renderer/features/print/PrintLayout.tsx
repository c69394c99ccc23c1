/**
 * The frame of every printed report: no navigation, white A4 pages, print CSS. Reports are HTML rendered by
 * the same React code as the app and turned into PDF by Electron's printToPDF or the browser (DESIGN §5).
 */
import { Box, GlobalStyles } from '@mui/material';
import { Outlet } from 'react-router';

export function PrintLayout() {
  return (
    <>
      <GlobalStyles
        styles={{
          '@page': { size: 'A4', margin: '14mm 12mm' },
          body: { background: '#fff !important' },
          '@media print': { '.print-break': { breakBefore: 'page' }, '.no-print': { display: 'none !important' } },
          '.print-avoid-break': { breakInside: 'avoid' },
        }}
      />
      <Box data-testid="print-view" sx={{ bgcolor: '#fff', color: '#000', maxWidth: '186mm', mx: 'auto', fontSize: 12 }}>
        <Outlet />
      </Box>
    </>
  );
}
