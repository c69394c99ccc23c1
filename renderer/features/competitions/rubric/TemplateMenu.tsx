/**
 * Starts the rubric from a shipped template or one saved in this workspace. The chosen template replaces the
 * draft (after a confirmation when the draft is not empty); nothing is stored until Save.
 */
import { useState } from 'react';
import { TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { cloneRubricWithNewIds } from '../../../../shared/competitions/rubric/cloneRubricWithNewIds';
import { RUBRIC_TEMPLATES } from '../../../../shared/competitions/templates';
import type { Rubric, RubricTemplateRecord } from '../../../../shared/domain';
import { useLanguage } from '../../../app/useLanguage';
import { newId } from '../../../db/repositories';
import { ConfirmDialog } from './ConfirmDialog';

interface Choice {
  readonly name: string;
  readonly build: () => Rubric;
}

export function TemplateMenu({
  savedTemplates,
  currentIsEmpty,
  onApply,
  disabled,
}: {
  savedTemplates: readonly RubricTemplateRecord[];
  currentIsEmpty: boolean;
  onApply: (rubric: Rubric, templateName: string) => void;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [pending, setPending] = useState<Choice | null>(null);

  const choiceOf = (value: string): Choice | undefined => {
    const [source, key] = [value.slice(0, value.indexOf(':')), value.slice(value.indexOf(':') + 1)];
    if (source === 'builtin') {
      const template = RUBRIC_TEMPLATES.find((x) => x.key === key);
      return template && { name: language === 'zh-CN' ? template.nameZh : template.nameEn, build: () => template.build(newId) };
    }
    const saved = savedTemplates.find((x) => x.id === key);
    // A saved template gets fresh ids: marks and judge assignments refer to ids, which must stay unique.
    return saved && { name: saved.name, build: () => cloneRubricWithNewIds(saved.rubric, newId) };
  };

  const apply = (choice: Choice) => onApply(choice.build(), choice.name);
  const sortedSaved = [...savedTemplates].sort((a, b) => a.name.localeCompare(b.name, language));

  return (
    <>
      <TextField
        select
        size="small"
        label={t('rubric.templates.start')}
        value=""
        disabled={disabled}
        onChange={(e) => {
          const choice = choiceOf(e.target.value);
          if (!choice) return;
          if (currentIsEmpty) apply(choice);
          else setPending(choice);
        }}
        sx={{ minWidth: 240 }}
        slotProps={{ select: { native: true }, inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'rubric-template-select' } }}
      >
        <option value="" disabled>
          {t('rubric.templates.placeholder')}
        </option>
        <optgroup label={t('rubric.templates.builtin')}>
          {RUBRIC_TEMPLATES.map((template) => (
            <option key={template.key} value={`builtin:${template.key}`}>
              {language === 'zh-CN' ? template.nameZh : template.nameEn}
            </option>
          ))}
        </optgroup>
        {sortedSaved.length > 0 && (
          <optgroup label={t('rubric.templates.saved')}>
            {sortedSaved.map((record) => (
              <option key={record.id} value={`saved:${record.id}`}>
                {record.trade ? t('rubric.templates.savedOption', { name: record.name, trade: record.trade }) : record.name}
              </option>
            ))}
          </optgroup>
        )}
      </TextField>
      <ConfirmDialog
        open={pending !== null}
        title={t('rubric.templates.confirmTitle', { name: pending?.name ?? '' })}
        body={t('rubric.templates.confirmBody')}
        confirmLabel={t('rubric.templates.confirm')}
        confirmTestId="rubric-template-confirm"
        onConfirm={() => pending && apply(pending)}
        onClose={() => setPending(null)}
      />
    </>
  );
}
