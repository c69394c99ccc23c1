import { useMemo, useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { rubricSchema, type Competition, type Rubric } from '../../../shared/domain';
import { cloneRubricWithNewIds } from '../../../shared/competitions/rubric/cloneRubricWithNewIds';
import { RUBRIC_TEMPLATES } from '../../../shared/competitions/templates';
import { useLanguage } from '../../app/useLanguage';
import { newId } from '../../db/repositories';
import { useLiveRecords } from '../../db/useLiveRecords';
import { useRepositories } from '../../db/useRepositories';
import { CompetitionFields } from './overview/CompetitionFields';
import { emptyFields, validateCompetitionFields, type CompetitionFieldValues } from './overview/competitionFields';

const BLANK = 'blank';

/** Creates a draft competition, optionally starting from a shipped or saved rubric template. */
export function CreateCompetitionDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const repositories = useRepositories();
  const savedTemplates = useLiveRecords((r) => r.competitions.templates.list()) ?? [];
  const [values, setValues] = useState<CompetitionFieldValues>(() => emptyFields(new Date()));
  const [template, setTemplate] = useState<string>(RUBRIC_TEMPLATES[0]?.key ?? BLANK);
  const [touched, setTouched] = useState(false);
  const errors = useMemo(() => validateCompetitionFields(values), [values]);

  const rubricFor = (key: string): Rubric => {
    const shipped = RUBRIC_TEMPLATES.find((tpl) => tpl.key === key);
    if (shipped) return shipped.build(newId);
    const saved = savedTemplates.find((tpl) => tpl.id === key);
    if (saved) return cloneRubricWithNewIds(saved.rubric, newId);
    return rubricSchema.parse({ parts: [] });
  };

  const create = async () => {
    setTouched(true);
    if (Object.keys(errors).length > 0) return;
    const competition: Omit<Competition, 'version' | 'updatedAt'> = {
      id: newId(),
      ...values,
      name: values.name.trim(),
      trade: values.trade.trim(),
      status: 'draft',
      rubric: rubricFor(template),
    };
    await repositories.competitions.save(competition);
    onClose();
    navigate(`/competitions/${competition.id}/overview`);
  };

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="md">
      <DialogTitle>{t('competition.createTitle')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <CompetitionFields values={values} errors={touched ? errors : {}} onChange={setValues} />
          <TextField
            select
            label={t('competition.fromTemplate')}
            value={template}
            onChange={(e) => setTemplate(e.target.value)}
            slotProps={{ htmlInput: { 'data-testid': 'field-template' } }}
          >
            {RUBRIC_TEMPLATES.map((tpl) => (
              <MenuItem key={tpl.key} value={tpl.key} data-testid={`template-${tpl.key}`}>
                {language === 'zh-CN' ? tpl.nameZh : tpl.nameEn}
              </MenuItem>
            ))}
            {savedTemplates.map((tpl) => (
              <MenuItem key={tpl.id} value={tpl.id}>
                {tpl.name}
              </MenuItem>
            ))}
            <MenuItem value={BLANK}>{t('competition.blankRubric')}</MenuItem>
          </TextField>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" onClick={() => void create()} data-testid="create-competition">
          {t('competition.create')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
