/** The knowledge base: articles, their category tree and attachments (DESIGN §2 "Knowledge base"). */
import { z } from 'zod';
import { idSchema, isoDateTimeSchema, recordMetaSchema, recordKindSchema, recordRefSchema } from './common';

export const ARTICLE_KINDS = ['best_practice', 'technique', 'case', 'lesson', 'operating_standard'] as const;
export const articleKindSchema = z.enum(ARTICLE_KINDS);
export type ArticleKind = z.infer<typeof articleKindSchema>;

export const categorySchema = recordMetaSchema.extend({
  name: z.string().min(1).max(100),
  parentId: idSchema.optional(),
});
export type Category = z.infer<typeof categorySchema>;

export const articleSchema = recordMetaSchema.extend({
  title: z.string().min(1).max(200),
  kind: articleKindSchema,
  categoryId: idSchema.optional(),
  tags: z.array(z.string().min(1).max(40)).default([]),
  /** Markdown body. */
  body: z.string().max(200000),
  links: z.array(recordRefSchema).default([]),
  authorIds: z.array(idSchema).default([]),
  status: z.enum(['draft', 'published']),
  createdAt: isoDateTimeSchema,
  /** Set when the article was created automatically from a published result or a registered achievement. */
  origin: recordRefSchema.optional(),
});
export type Article = z.infer<typeof articleSchema>;

/** A file attached to a record; the bytes live in the same IndexedDB row. */
export const attachmentSchema = recordMetaSchema.extend({
  ownerKind: recordKindSchema,
  ownerId: idSchema,
  name: z.string().min(1).max(255),
  mime: z.string().max(100),
  size: z.number().int().min(0),
  /** SHA-256 (hex) of the bytes, for backup integrity. */
  sha256: z.string().length(64),
});
export type Attachment = z.infer<typeof attachmentSchema>;
