/**
 * Picks files to attach to a record and checks each (shared/safety/checkAttachment.ts): the accepted ones carry
 * their cleaned names; each refused one gets a plain message. Nothing is stored here.
 */
import type { TFunction } from 'i18next';
import { checkAttachment } from '../../shared/safety/checkAttachment';
import { IMPORT_LIMITS, megabytes } from '../../shared/safety/importLimits';
import { getPlatform } from './index';
import type { PickedFile } from './types';

export interface PickedAttachments {
  readonly accepted: readonly PickedFile[];
  /** One plain-language line per refused file. */
  readonly refused: readonly string[];
}

export async function pickAttachments(t: TFunction, title?: string): Promise<PickedAttachments | null> {
  const files = await getPlatform().openFiles({ ...(title ? { title } : {}), multiple: true, maxBytes: IMPORT_LIMITS.attachment.maxFileBytes });
  if (!files) return null;
  const accepted: PickedFile[] = [];
  const refused: string[] = [];
  for (const file of files) {
    const check = checkAttachment(file.name, file.bytes);
    if (check.ok) accepted.push({ name: check.name, bytes: file.bytes });
    else if (check.code === 'file_too_large') refused.push(t('common.attachmentRefused.file_too_large', { name: check.params.name, size: megabytes(check.params.size), limit: megabytes(check.params.limit) }));
    else refused.push(t(`common.attachmentRefused.${check.code}`, { name: check.params.name }));
  }
  return { accepted, refused };
}
