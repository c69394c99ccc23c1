/** Per-entry actions of the roster: attendance (check in, absent, withdrawn, back to registered) and removal. */
import { useState } from 'react';
import { Divider, IconButton, ListItemText, Menu, MenuItem } from '@mui/material';
import MoreVertIcon from '@mui/icons-material/MoreVert';
import { useTranslation } from 'react-i18next';
import type { Entry, EntryStatus } from '../../../../shared/domain';
import type { RosterPermission } from './rosterPermissions';

const ATTENDANCE_TARGETS: readonly EntryStatus[] = ['checked_in', 'absent', 'withdrawn', 'registered'];

export function EntryActionsMenu({
  entry,
  label,
  attendance,
  edit,
  onStatus,
  onRemove,
}: {
  entry: Entry;
  /** Who the entry is, for the button's accessible name. */
  label: string;
  attendance: RosterPermission;
  edit: RosterPermission;
  onStatus: (entry: Entry, status: EntryStatus) => void;
  onRemove: (entry: Entry) => void;
}) {
  const { t } = useTranslation();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const close = () => setAnchor(null);
  return (
    <>
      <IconButton
        size="small"
        aria-label={t('roster.actions.menu', { name: label })}
        data-testid={`roster-actions-${entry.id}`}
        onClick={(e) => {
          e.stopPropagation();
          setAnchor(e.currentTarget);
        }}
      >
        <MoreVertIcon fontSize="small" />
      </IconButton>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={close}>
        {ATTENDANCE_TARGETS.filter((status) => status !== entry.status).map((status) => (
          <MenuItem
            key={status}
            disabled={!attendance.ok}
            data-testid={`roster-action-${status}`}
            onClick={() => {
              close();
              onStatus(entry, status);
            }}
          >
            {t(`roster.actions.${status}`)}
          </MenuItem>
        ))}
        {!attendance.ok && (
          <MenuItem disabled sx={{ whiteSpace: 'normal', maxWidth: 320 }}>
            <ListItemText secondary={t(`roster.locked.${attendance.reason}`)} />
          </MenuItem>
        )}
        <Divider />
        <MenuItem
          disabled={!edit.ok}
          data-testid="roster-action-remove"
          sx={{ color: 'error.main' }}
          onClick={() => {
            close();
            onRemove(entry);
          }}
        >
          {t('roster.actions.remove')}
        </MenuItem>
        {!edit.ok && (
          <MenuItem disabled sx={{ whiteSpace: 'normal', maxWidth: 320 }}>
            <ListItemText secondary={t(`roster.locked.${edit.reason}`)} />
          </MenuItem>
        )}
      </Menu>
    </>
  );
}
