import { Box, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ImportedItem, KindEditorProps } from './types';

/** A score imported from another system (e.g. the theory exam), never entered by judges at the venue. */
export function ImportedEditor({ item, onChange, readOnly }: KindEditorProps<ImportedItem>) {
  const { t } = useTranslation();
  return (
    <Box>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t('rubric.imported.help')}
      </Typography>
      <TextField
        size="small"
        fullWidth
        label={t('rubric.imported.source')}
        placeholder={t('rubric.imported.sourcePlaceholder')}
        value={item.source ?? ''}
        disabled={readOnly}
        onChange={(e) => {
          const { source: _old, ...rest } = item;
          onChange(e.target.value === '' ? rest : { ...rest, source: e.target.value });
        }}
        slotProps={{ htmlInput: { maxLength: 200 } }}
      />
    </Box>
  );
}
