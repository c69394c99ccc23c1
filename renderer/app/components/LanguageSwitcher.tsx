import { MenuItem, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { changeLanguage, isLanguage, LANGUAGES, type Language } from '../i18n';

const LANGUAGE_NAMES: Record<Language, string> = { 'zh-CN': '中文', 'en-US': 'English' };

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <TextField
      select
      size="small"
      label={t('app.language')}
      value={i18n.language}
      onChange={(event) => {
        if (isLanguage(event.target.value)) void changeLanguage(event.target.value);
      }}
      sx={{ minWidth: 120 }}
      slotProps={{ htmlInput: { 'data-testid': 'language-select' } }}
    >
      {LANGUAGES.map((language) => (
        <MenuItem key={language} value={language} lang={language} data-testid={`language-${language}`}>
          {LANGUAGE_NAMES[language]}
        </MenuItem>
      ))}
    </TextField>
  );
}
