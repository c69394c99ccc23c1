import { Alert, Box, Card, CardActionArea, CardContent, LinearProgress, Stack, Typography } from '@mui/material';
import AutoAwesomeIcon from '@mui/icons-material/AutoAwesome';
import NoteAddIcon from '@mui/icons-material/NoteAdd';
import { useTranslation } from 'react-i18next';
import { useRepositories } from '../../db/useRepositories';
import { startEmptyWorkspace } from './loadDemoWorkspace';
import { useLoadDemo } from './useLoadDemo';

/** First run: choose between the demo workspace and an empty one. */
export function WelcomePage({ onChosen }: { onChosen: () => void }) {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const { load, loading, error } = useLoadDemo();

  return (
    <Box sx={{ maxWidth: 880, mx: 'auto', mt: 4 }} data-testid="welcome">
      <Typography variant="h4" component="h1" sx={{ fontWeight: 700 }}>
        {t('welcome.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mt: 1, mb: 4 }}>
        {t('welcome.body')}
      </Typography>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={3}>
        <Card sx={{ flex: 1, borderColor: 'primary.main' }}>
          <CardActionArea
            disabled={loading}
            data-testid="welcome-load-demo"
            onClick={async () => {
              if (await load()) onChosen();
            }}
            sx={{ height: '100%' }}
          >
            <CardContent>
              <AutoAwesomeIcon color="primary" sx={{ fontSize: 40 }} />
              <Typography variant="h6" component="h2" sx={{ mt: 1 }}>
                {t('welcome.demoTitle')}
              </Typography>
              <Typography color="text.secondary" sx={{ mt: 1 }}>
                {t('welcome.demoBody')}
              </Typography>
            </CardContent>
          </CardActionArea>
        </Card>
        <Card sx={{ flex: 1 }}>
          <CardActionArea
            disabled={loading}
            data-testid="welcome-start-empty"
            onClick={async () => {
              await startEmptyWorkspace(repositories);
              onChosen();
            }}
            sx={{ height: '100%' }}
          >
            <CardContent>
              <NoteAddIcon color="action" sx={{ fontSize: 40 }} />
              <Typography variant="h6" component="h2" sx={{ mt: 1 }}>
                {t('welcome.emptyTitle')}
              </Typography>
              <Typography color="text.secondary" sx={{ mt: 1 }}>
                {t('welcome.emptyBody')}
              </Typography>
            </CardContent>
          </CardActionArea>
        </Card>
      </Stack>
      {loading && (
        <Box sx={{ mt: 3 }} role="status">
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {t('welcome.loadingDemo')}
          </Typography>
          <LinearProgress />
        </Box>
      )}
      {error && (
        <Alert severity="error" sx={{ mt: 3 }}>
          {t('common.errorDetail', { message: error })}
        </Alert>
      )}
    </Box>
  );
}
