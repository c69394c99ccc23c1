import { useEffect, useMemo } from 'react';
import { CssBaseline, ThemeProvider } from '@mui/material';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/en';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { RepositoriesProvider } from '../db/RepositoriesProvider';
import { isLanguage, DEFAULT_LANGUAGE } from './i18n';
import { router } from './routes';
import { createAppTheme } from './theme';

const DAYJS_LOCALES = { 'zh-CN': 'zh-cn', 'en-US': 'en' } as const;

export function App() {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
  const theme = useMemo(() => createAppTheme(language), [language]);

  useEffect(() => {
    document.documentElement.lang = language;
    dayjs.locale(DAYJS_LOCALES[language]);
  }, [language]);

  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <LocalizationProvider dateAdapter={AdapterDayjs} adapterLocale={DAYJS_LOCALES[language]}>
        <RepositoriesProvider>
          <RouterProvider router={router} />
        </RepositoriesProvider>
      </LocalizationProvider>
    </ThemeProvider>
  );
}
