/**
 * Files attached to a record (a project's documents, an achievement's evidence of savings): metadata in
 * `attachments` by `[ownerKind+ownerId]`, bytes apart in `attachmentBlobs` so lists never load them.
 */
import { sha256Hex } from '../../../shared/competitions/webApis';
import type { Attachment, RecordKind } from '../../../shared/domain';
import type { JiangxinDatabase } from '../database';
import { newId, stamp } from './recordMeta';
import { deleteWithTombstone } from './tombstones';
import { attachmentName } from '../../../shared/safety/checkAttachment';

export function createOwnedAttachments(db: JiangxinDatabase) {
  return {
    of: (ownerKind: RecordKind, ownerId: string): Promise<Attachment[]> => db.attachments.where('[ownerKind+ownerId]').equals([ownerKind, ownerId]).toArray(),
    bytesOf: async (id: string): Promise<Uint8Array | undefined> => (await db.attachmentBlobs.get(id))?.bytes,
    async add(ownerKind: RecordKind, ownerId: string, file: { name: string; bytes: Uint8Array; mime?: string }): Promise<Attachment> {
      const attachment = stamp<Attachment>({ id: newId(), ownerKind, ownerId, name: attachmentName(file.name), mime: file.mime ?? '', size: file.bytes.byteLength, sha256: await sha256Hex(file.bytes) }, undefined);
      await db.transaction('rw', [db.attachments, db.attachmentBlobs], async () => {
        await db.attachments.add(attachment);
        await db.attachmentBlobs.add({ id: attachment.id, bytes: file.bytes });
      });
      return attachment;
    },
    async remove(id: string): Promise<void> {
      await db.transaction('rw', [db.attachments, db.attachmentBlobs, db.tombstones], async () => {
        await deleteWithTombstone(db, db.attachments, id);
        await db.attachmentBlobs.delete(id);
      });
    },
  };
}

export type OwnedAttachments = ReturnType<typeof createOwnedAttachments>;
