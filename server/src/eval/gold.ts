// The gold file format (../shared/gold/*.gold.json): hand-read triples of one article, checked with
// zod so a bad file is rejected with the place of the error.

import { z } from 'zod';
import { RELATION_TYPES } from '../domain';

const actor = z.string().min(1);

const triple = z.object({
  source: actor,
  type: z.enum(RELATION_TYPES),
  target: actor,
  /** Who may be named as claimant; null stands for the text itself. */
  claimants: z.array(actor.nullable()).optional(),
  why: z.string().optional(),
});

export const goldSchema = z.object({
  article: z.string().min(1),
  about: z.string().optional(),
  required: z.array(triple).min(1),
  optional: z.array(triple).default([]),
  forbidden: z.array(triple).default([]),
  modality: z
    .array(z.object({ sentence_contains: z.string().min(1), expect: z.string().min(1) }))
    .default([]),
});

export type Gold = z.infer<typeof goldSchema>;
export type GoldTriple = z.infer<typeof triple>;

/** The gold file's content, or a message naming the first problem ("required[2].type: …"). */
export function parseGold(json: unknown): { gold: Gold } | { error: string } {
  const result = goldSchema.safeParse(json);
  if (result.success) return { gold: result.data };
  const issue = result.error.issues[0];
  const where =
    issue?.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('') ?? '';
  return { error: `${where.replace(/^\./, '') || 'file'}: ${issue?.message ?? 'invalid'}` };
}
