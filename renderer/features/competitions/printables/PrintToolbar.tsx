/**
 * Above a print view on screen only (hidden on paper by PrintLayout's `.no-print`): back to where the view was
 * opened from, and print. In the browser the page prints itself with the browser's dialog; on the desktop the
 * route is printed to a PDF file by the main process (or by `save`, when the view saves its PDF its own way).
 */
import { useState } from 'react';
import { Alert, Box, Button } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import PrintIcon from '@mui/icons-material/Print';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getPlatform, type SavedFile } from '../../../platform';
import { printErrorText } from './printErrorText';

type PrintToolbarProps =
  | { readonly competitionId: string; readonly route: string; readonly fileName: string; readonly backTab?: string; readonly landscape?: boolean }
  | { readonly backTo: string; readonly backLabel: string; readonly printLabel: string; readonly save: () => Promise<SavedFile | null> };

export function PrintToolbar(props: PrintToolbarProps) {
  const { t } = useTranslation();
  const back = 'backTo' in props ? props.backTo : `/competitions/${encodeURIComponent(props.competitionId)}/${props.backTab ?? 'printables'}`;
  const save = () =>
    'save' in props ? props.save() : getPlatform().printToPdf({ route: props.route, suggestedName: props.fileName, ...(props.landscape ? { landscape: props.landscape } : {}) });
  const [message, setMessage] = useState<{ severity: 'success' | 'error'; text: string }>();

  const print = async () => {
    const platform = getPlatform();
    if (platform.kind === 'browser') {
      window.print();
      return;
    }
    try {
      const saved = await save();
      if (saved) setMessage({ severity: 'success', text: t('printables.savedTo', { name: saved.path ?? saved.name }) });
    } catch (error) {
      setMessage({ severity: 'error', text: printErrorText(t, error) });
    }
  };

  return (
    <Box className="no-print" sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap', py: 2, mb: 2, borderBottom: '1px solid #ccc' }}>
      <Button component={Link} to={back} startIcon={<ArrowBackIcon />} data-testid="print-back">
        {'backLabel' in props ? props.backLabel : t('printables.back')}
      </Button>
      <Button variant="contained" startIcon={<PrintIcon />} onClick={() => void print()} data-testid="print-now">
        {'printLabel' in props ? props.printLabel : t('printables.printNow')}
      </Button>
      {message && (
        <Alert severity={message.severity} sx={{ py: 0 }}>
          {message.text}
        </Alert>
      )}
    </Box>
  );
}
