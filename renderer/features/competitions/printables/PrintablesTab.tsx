/**
 * The printables of a competition: blank paper score sheets (the fallback when a judge laptop fails), the draw
 * result to post at the venue, and the judge assignment sheet to sign. Each prints to PDF (desktop) or opens in
 * the browser's print dialog (web), and can be previewed; each says why when there is nothing to print yet.
 */
import { useMemo, useState } from 'react';
import { Alert, Box, Button, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../../../app/components/PageLoading';
import { useLiveRecords } from '../../../db/useLiveRecords';
import { getPlatform, type SavedFile } from '../../../platform';
import type { CompetitionTabProps } from '../CompetitionDetailPage';
import { buildScoreSheets } from './buildScoreSheets';
import { PreviewButton } from './PreviewButton';
import { PrintableCard } from './PrintableCard';
import { printErrorText } from './printErrorText';
import { printablesAvailability, type PrintableKey } from './printablesAvailability';
import { printRoutes, safeFileName } from './printRoutes';
import { toSheetEntry } from './sheetEntries';

type Notice = { readonly severity: 'success' | 'info' | 'error'; readonly text: string; readonly path?: string };

export default function PrintablesTab({ competition }: CompetitionTabProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<string>();
  const [notice, setNotice] = useState<Notice>();
  const data = useLiveRecords(
    async (r) => ({
      entries: (await r.competitions.entriesOf(competition.id)).map(toSheetEntry),
      judgeCount: (await r.competitions.judgesOf(competition.id)).length,
      sealedCodes: (await r.sealing.sealedMapOf(competition.id))?.codes ?? [],
    }),
    [competition.id],
  );
  const sheets = useMemo(() => (data ? buildScoreSheets(competition.rubric, data.entries, data.sealedCodes) : []), [competition.rubric, data]);

  if (!data) return <PageLoading />;

  const availability = printablesAvailability(competition.rubric, data.entries, data.judgeCount, data.sealedCodes);
  const reason = (key: PrintableKey) => {
    const a = availability[key];
    return a.ok ? undefined : t(`printables.unavailable.${a.reason}`);
  };
  const modules = competition.rubric.parts.flatMap((part) =>
    part.modules.map((module) => ({ part, module, count: sheets.filter((s) => s.module.id === module.id).length })),
  ).filter((m) => m.count > 0);
  const codes = new Set(sheets.flatMap((s) => s.codes.map((c) => `${s.judging}:${c}`))).size;

  const print = async (key: string, route: string, fileName: string) => {
    setBusy(key);
    setNotice(undefined);
    try {
      const platform = getPlatform();
      const saved: SavedFile | null = await platform.printToPdf({ route, suggestedName: safeFileName(fileName) });
      if (saved && platform.kind === 'browser') setNotice({ severity: 'info', text: t('printables.openedInTab') });
      else if (saved) setNotice({ severity: 'success', text: t('printables.savedTo', { name: saved.path ?? saved.name }), path: saved.path });
    } catch (error) {
      setNotice({ severity: 'error', text: printErrorText(t, error) });
    } finally {
      setBusy(undefined);
    }
  };

  const names = { competition: competition.name };
  return (
    <Box sx={{ maxWidth: 960 }}>
      {notice && (
        <Alert
          severity={notice.severity}
          sx={{ mb: 2 }}
          data-testid="printables-notice"
          onClose={() => setNotice(undefined)}
          action={
            notice.path ? (
              <Button color="inherit" size="small" onClick={() => void getPlatform().showInFolder(notice.path as string)}>
                {t('printables.showInFolder')}
              </Button>
            ) : undefined
          }
        >
          {notice.text}
        </Alert>
      )}
      <Stack spacing={2}>
        <PrintableCard
          testKey="score-sheets"
          title={t('printables.scoreSheets.title')}
          description={t('printables.scoreSheets.description')}
          summary={t('printables.scoreSheets.summary', { sheets: sheets.length, modules: modules.length, codes })}
          unavailable={reason('scoreSheets')}
          route={printRoutes.scoreSheets(competition.id)}
          busy={busy !== undefined}
          onPrint={() => void print('score-sheets', printRoutes.scoreSheets(competition.id), t('printables.fileNames.scoreSheets', names))}
        >
          <Typography variant="subtitle2">{t('printables.scoreSheets.perModule')}</Typography>
          <List dense disablePadding>
            {modules.map(({ part, module, count }) => (
              <ListItem
                key={module.id}
                disableGutters
                data-testid={`printable-module-${module.id}`}
                secondaryAction={
                  <Box sx={{ display: 'flex', gap: 1 }}>
                    <Button
                      size="small"
                      disabled={busy !== undefined}
                      data-testid={`print-score-sheets-${module.id}`}
                      onClick={() =>
                        void print(
                          `score-sheets-${module.id}`,
                          printRoutes.scoreSheets(competition.id, module.id),
                          t('printables.fileNames.moduleScoreSheets', { ...names, module: module.name }),
                        )
                      }
                    >
                      {t('printables.print')}
                    </Button>
                    <PreviewButton size="small" route={printRoutes.scoreSheets(competition.id, module.id)} testId={`preview-score-sheets-${module.id}`}>
                      {t('printables.preview')}
                    </PreviewButton>
                  </Box>
                }
              >
                <ListItemText primary={`${part.name} · ${module.name}`} secondary={t('printables.scoreSheets.moduleSheets', { count })} />
              </ListItem>
            ))}
          </List>
        </PrintableCard>
        <PrintableCard
          testKey="draw"
          title={t('printables.draw.title')}
          description={t('printables.draw.description')}
          summary={t('printables.draw.summary', { count: data.entries.filter((e) => e.drawOrder !== undefined).length })}
          unavailable={reason('draw')}
          route={printRoutes.draw(competition.id)}
          busy={busy !== undefined}
          onPrint={() => void print('draw', printRoutes.draw(competition.id), t('printables.fileNames.draw', names))}
        />
        <PrintableCard
          testKey="judges"
          title={t('printables.judges.title')}
          description={t('printables.judges.description')}
          summary={t('printables.judges.summary', { count: data.judgeCount })}
          unavailable={reason('judges')}
          route={printRoutes.judges(competition.id)}
          busy={busy !== undefined}
          onPrint={() => void print('judges', printRoutes.judges(competition.id), t('printables.fileNames.judges', names))}
        />
      </Stack>
    </Box>
  );
}
