/** One printable document on the Printables tab: what it is, whether it can be printed yet, print and preview. */
import type { ReactNode } from 'react';
import { Button, Card, CardActions, CardContent, Divider, Typography } from '@mui/material';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import VisibilityIcon from '@mui/icons-material/Visibility';
import { useTranslation } from 'react-i18next';
import { PreviewButton } from './PreviewButton';

export function PrintableCard({
  testKey,
  title,
  description,
  summary,
  unavailable,
  route,
  busy,
  onPrint,
  children,
}: {
  /** Test ids: `print-<testKey>` and `preview-<testKey>`. */
  testKey: string;
  title: string;
  description: string;
  summary?: string;
  /** Why there is nothing to print yet; the buttons are disabled. */
  unavailable?: string;
  route: string;
  busy: boolean;
  onPrint: () => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Card data-testid={`printable-${testKey}`}>
      <CardContent sx={{ pb: 1 }}>
        <Typography variant="h6" component="h2">
          {title}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          {description}
        </Typography>
        {summary && !unavailable && <Typography sx={{ mt: 1.5 }}>{summary}</Typography>}
        {unavailable && (
          <Typography color="warning.dark" sx={{ mt: 1.5 }} data-testid={`print-${testKey}-unavailable`}>
            {unavailable}
          </Typography>
        )}
      </CardContent>
      <CardActions sx={{ px: 2, pb: children && !unavailable ? 1 : 2 }}>
        <Button variant="contained" startIcon={<PictureAsPdfIcon />} disabled={!!unavailable || busy} onClick={onPrint} data-testid={`print-${testKey}`}>
          {t('printables.print')}
        </Button>
        <PreviewButton route={route} disabled={!!unavailable} testId={`preview-${testKey}`} startIcon={<VisibilityIcon />}>
          {t('printables.preview')}
        </PreviewButton>
      </CardActions>
      {children && !unavailable && (
        <>
          <Divider />
          <CardContent>{children}</CardContent>
        </>
      )}
    </Card>
  );
}
