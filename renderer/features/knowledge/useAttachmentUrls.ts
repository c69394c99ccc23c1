/** Local blob URLs for an article's attachments, revoked when the page goes away. */
import { useEffect, useState } from 'react';
import type { Attachment } from '../../../shared/domain';
import { useRepositories } from '../../db/useRepositories';

export function useAttachmentUrls(attachments: readonly Attachment[] | undefined): ReadonlyMap<string, string> {
  const repositories = useRepositories();
  const [urls, setUrls] = useState<ReadonlyMap<string, string>>(new Map());
  const key = (attachments ?? []).map((a) => a.id).join(',');
  useEffect(() => {
    let cancelled = false;
    const created: string[] = [];
    void (async () => {
      const map = new Map<string, string>();
      for (const attachment of attachments ?? []) {
        const bytes = await repositories.knowledge.attachments.bytes(attachment.id);
        if (!bytes) continue;
        const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: attachment.mime }));
        created.push(url);
        map.set(attachment.id, url);
      }
      if (!cancelled) setUrls(map);
    })();
    return () => {
      cancelled = true;
      for (const url of created) URL.revokeObjectURL(url);
    };
    // The ids stand for the list: a new array with the same attachments need not reload them.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, repositories]);
  return urls;
}
