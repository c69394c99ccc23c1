/**
 * Above a print view on screen only (hidden on paper by PrintLayout's `.no-print`): back to the competition,
 * and print. In the browser the page prints itself with the browser's dialog; on the desktop the route is
 * printed to a PDF file by the main process.
 */
import { useState } from 'react';
import { Alert, Box, Button } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import PrintIcon from '@mui/icons-material/Print';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getPlatform } from '../../../platform';
import { printErrorText } from './printErrorText';

export function PrintToolbar({ competitionId, route, fileName, backTab = 'printables', landscape }: { competitionId: string; route: string; fileName: string; backTab?: string; landscape?: boolean }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<{ severity: 'success' | 'error'; text: string }>();

  const print = async () => {
    const platform = getPlatform();
    if (platform.kind === 'browser') {
      window.print();
      return;
    }
    try {
      const saved = await platform.printToPdf({ route, suggestedName: fileName, ...(landscape ? { landscape } : {}) });
      if (saved) setMessage({ severity: 'success', text: t('printables.savedTo', { name: saved.path ?? saved.name }) });
    } catch (error) {
      setMessage({ severity: 'error', text: printErrorText(t, error) });
    }
  };

  return (
    <Box className="no-print" sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap', py: 2, mb: 2, borderBottom: '1px solid #ccc' }}>
      <Button component={Link} to={`/competitions/${encodeURIComponent(competitionId)}/${backTab}`} startIcon={<ArrowBackIcon />} data-testid="print-back">
        {t('printables.back')}
      </Button>
      <Button variant="contained" startIcon={<PrintIcon />} onClick={() => void print()} data-testid="print-now">
        {t('printables.printNow')}
      </Button>
      {message && (
        <Alert severity={message.severity} sx={{ py: 0 }}>
          {message.text}
        </Alert>
      )}
    </Box>
  );
}
