/**
 * Links from an article to competitions, projects, achievements and studios. As the user types (debounced),
 * each repository is asked for up to 20 records whose name or title matches, through its name/title index, and
 * 20 are shown in all, shared between the kinds; the links already chosen are shown by looking their names up
 * by id. No table is listed whole.
 */
import { useEffect, useState } from 'react';
import { Autocomplete, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { RecordRef } from '../../../shared/domain';
import { useDebouncedValue } from '../../app/useDebouncedValue';
import { useRepositories } from '../../db/useRepositories';
import { shareFairly } from './shareFairly';
import { useRecordNames } from './useRecordNames';

/** The kinds of record this picker links to (people are the authors picker's). */
export const PICKABLE_LINK_KINDS = ['competition', 'project', 'achievement', 'studio'] as const;
type PickableKind = (typeof PICKABLE_LINK_KINDS)[number];

interface LinkOption {
  readonly kind: PickableKind;
  readonly id: string;
  readonly label: string;
}

/** The list shows at most MAX_OPTIONS matches in all, shared fairly between the kinds that have some. */
const MAX_OPTIONS = 20;

export function isPickableLink(ref: RecordRef): ref is RecordRef & { kind: PickableKind } {
  return (PICKABLE_LINK_KINDS as readonly string[]).includes(ref.kind);
}

function useLinkSuggestions(query: string): { options: LinkOption[]; loadedFor: string | undefined } {
  const repositories = useRepositories();
  const [result, setResult] = useState<{ options: LinkOption[]; loadedFor: string | undefined }>({ options: [], loadedFor: undefined });
  useEffect(() => {
    let live = true;
    void Promise.all([
      repositories.competitions.suggest(query, MAX_OPTIONS),
      repositories.projects.suggest(query, MAX_OPTIONS),
      repositories.achievements.suggest(query, MAX_OPTIONS),
      repositories.studios.suggest(query, MAX_OPTIONS),
    ]).then(([competitions, projects, achievements, studios]) => {
      if (!live) return;
      const options = shareFairly(
        [
          competitions.map((c): LinkOption => ({ kind: 'competition', id: c.id, label: c.name })),
          projects.map((p): LinkOption => ({ kind: 'project', id: p.id, label: p.title })),
          achievements.map((a): LinkOption => ({ kind: 'achievement', id: a.id, label: a.title })),
          studios.map((s): LinkOption => ({ kind: 'studio', id: s.id, label: s.name })),
        ],
        MAX_OPTIONS,
      );
      setResult({ options, loadedFor: query });
    });
    return () => {
      live = false;
    };
  }, [repositories, query]);
  return result;
}

export function LinkPicker({ value, onChange }: { value: readonly RecordRef[]; onChange: (links: RecordRef[]) => void }) {
  const { t } = useTranslation();
  const [input, setInput] = useState('');
  const query = useDebouncedValue(input.trim());
  const { options, loadedFor } = useLinkSuggestions(query);
  const names = useRecordNames(value);
  const selected = value.filter(isPickableLink).map((l): LinkOption => ({ kind: l.kind, id: l.id, label: names?.get(`${l.kind}:${l.id}`) ?? '…' }));

  return (
    <Autocomplete
      multiple
      size="small"
      options={options}
      value={selected}
      loading={loadedFor !== query}
      filterOptions={(o) => o}
      groupBy={(o) => t(`knowledgeBase.linkKinds.${o.kind}`)}
      isOptionEqualToValue={(a, b) => a.kind === b.kind && a.id === b.id}
      getOptionLabel={(o) => o.label}
      onInputChange={(_e, text, reason) => reason !== 'reset' && setInput(text)}
      onChange={(_e, chosen) => onChange(chosen.map((o) => ({ kind: o.kind, id: o.id })))}
      noOptionsText={t('knowledgeBase.noLinkMatches')}
      loadingText={t('knowledgeBase.searchingLinks')}
      renderInput={(params) => (
        <TextField
          {...params}
          label={t('knowledgeBase.links')}
          helperText={t('knowledgeBase.linksHelp')}
          slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'data-testid': 'article-links-input' } }}
        />
      )}
    />
  );
}
