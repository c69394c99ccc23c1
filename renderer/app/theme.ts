import { createTheme, type Theme } from '@mui/material/styles';
import { enUS as materialEnUS, zhCN as materialZhCN } from '@mui/material/locale';
import { enUS as pickersEnUS, zhCN as pickersZhCN } from '@mui/x-date-pickers/locales';
import type { Language } from './i18n';

/** System fonts only: the app works offline and ships no web fonts. CJK fonts first for Chinese text. */
const FONT_STACK = [
  '"PingFang SC"',
  '"Microsoft YaHei"',
  '"Noto Sans CJK SC"',
  '"Noto Sans SC"',
  '"Source Han Sans SC"',
  '-apple-system',
  '"Segoe UI"',
  'Roboto',
  'sans-serif',
].join(',');

export function createAppTheme(language: Language): Theme {
  const locales = language === 'zh-CN' ? [materialZhCN, pickersZhCN] : [materialEnUS, pickersEnUS];
  return createTheme(
    {
      palette: {
        primary: { main: '#B71C1C' },
        secondary: { main: '#1E4E8C' },
        background: { default: '#F6F5F3' },
      },
      shape: { borderRadius: 8 },
      typography: { fontFamily: FONT_STACK, h5: { fontWeight: 600 }, h6: { fontWeight: 600 }, button: { textTransform: 'none' } },
      components: {
        MuiCard: { defaultProps: { variant: 'outlined' } },
        MuiButton: { defaultProps: { disableElevation: true } },
      },
    },
    ...locales,
  );
}
