import type { JiangxinDatabase } from '../database';
import { createRecordStore } from './recordStore';

/** Knowledge articles, their categories and attachments (metadata and bytes kept apart). */
export function createKnowledgeRepository(db: JiangxinDatabase) {
  return {
    ...createRecordStore(db.articles),
    categories: createRecordStore(db.categories),
    attachments: createRecordStore(db.attachments),
  };
}

export type KnowledgeRepository = ReturnType<typeof createKnowledgeRepository>;
