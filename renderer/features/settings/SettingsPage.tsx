import { useEffect, useState } from 'react';
import { Alert, Box, Card, CardContent, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '../../app/components/LanguageSwitcher';
import { formatCount } from '../../app/format';
import { useLanguage } from '../../app/useLanguage';
import { PageHeader } from '../../app/components/PageHeader';
import { useLiveRecords } from '../../db/useLiveRecords';
import { getPlatform, type AppInfo } from '../../platform';
import { BackupSection } from '../backup/BackupSection';
import { LoadDemoButton } from '../workspace/LoadDemoButton';

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Card>
      <CardContent>
        <Typography variant="h6" component="h2" sx={{ mb: 2 }}>
          {title}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}

export default function SettingsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const counts = useLiveRecords((r) => r.workspace.counts());
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [loaded, setLoaded] = useState(false);
  const platform = getPlatform();

  useEffect(() => {
    void platform.appInfo().then(setInfo);
  }, [platform]);

  return (
    <>
      <PageHeader title={t('settings.title')} />
      <Stack spacing={3} sx={{ maxWidth: 760 }}>
        <Section title={t('settings.languageSection')}>
          <LanguageSwitcher />
        </Section>
        <Section title={t('settings.workspaceSection')}>
          {counts && (
            <Typography data-testid="workspace-counts" sx={{ mb: 2 }}>
              {t('settings.workspaceCounts', {
                people: formatCount(counts.people, language),
                competitions: formatCount(counts.competitions, language),
                studios: formatCount(counts.studios, language),
                articles: formatCount(counts.articles, language),
              })}
            </Typography>
          )}
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {t('settings.loadDemoHelp')}
          </Typography>
          <LoadDemoButton variant="outlined" onLoaded={() => setLoaded(true)} />
          {loaded && (
            <Alert severity="success" sx={{ mt: 2 }}>
              {t('settings.demoLoaded')}
            </Alert>
          )}
        </Section>
        <Section title={t('backup.section')}>
          <BackupSection />
        </Section>
        <Section title={t('settings.aboutSection')}>
          <Box component="dl" sx={{ m: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 3, rowGap: 1 }}>
            <Typography component="dt" color="text.secondary">{t('app.name')}</Typography>
            <Typography component="dd" sx={{ m: 0 }} data-testid="app-version">
              {info ? t('settings.version', { version: info.version }) : '…'}
            </Typography>
            <Typography component="dt" color="text.secondary">{t('settings.edition')}</Typography>
            <Typography component="dd" sx={{ m: 0 }}>
              {platform.kind === 'electron' ? t('settings.platformElectron') : t('settings.platformBrowser')}
            </Typography>
            <Typography component="dt" color="text.secondary">{t('settings.dataLocation')}</Typography>
            <Typography component="dd" sx={{ m: 0, wordBreak: 'break-all' }}>
              {info?.userDataPath || t('settings.dataLocationBrowser')}
            </Typography>
            {info?.logPath && (
              <>
                <Typography component="dt" color="text.secondary">{t('settings.logLocation')}</Typography>
                <Typography component="dd" sx={{ m: 0, wordBreak: 'break-all' }}>{info.logPath}</Typography>
              </>
            )}
          </Box>
        </Section>
      </Stack>
    </>
  );
}
