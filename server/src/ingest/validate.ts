// Checks an article submitted for ingest before anything is extracted or written.

import { z } from 'zod';
import { InputError, LANGUAGES, type ArticleMeta, type Language } from '../domain';

/** Largest accepted article text, in UTF-8 bytes. */
export const MAX_TEXT_BYTES = 5 * 1024 * 1024;

export interface ArticleSubmission extends Partial<ArticleMeta> {
  text: string;
  lang?: string | null | undefined;
}

export interface ValidSubmission {
  text: string;
  meta: ArticleMeta;
  lang: Language | null;
}

/**
 * Lone UTF-16 surrogates (JSON allows "\ud800") have no UTF-8 form: a store would write them as
 * U+FFFD (SQLite even as three), shifting every offset after them. Replace them here, once, as a
 * UTF-8 encoder would, so offsets are computed on the text that is stored.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

const optionalText = z
  .string()
  .trim()
  .max(2000)
  .nullish()
  .transform((value) => (value ? wellFormed(value) : null));

const submissionSchema = z.object({
  text: z
    .string()
    .transform(wellFormed)
    .refine((text) => text.trim().length > 0, 'text is empty')
    .refine(
      (text) => Buffer.byteLength(text, 'utf8') <= MAX_TEXT_BYTES,
      'text is larger than 5 MB',
    ),
  title: optionalText,
  url: z
    .string()
    .trim()
    .nullish()
    .refine((url) => !url || isHttpUrl(url), 'url must be an http(s) URL')
    .transform((value) => (value ? value : null)),
  source: optionalText,
  author: optionalText,
  publishedAt: z
    .string()
    .nullish()
    .refine((value) => !value || !Number.isNaN(Date.parse(value)), 'publishedAt is not a date')
    .transform((value) => (value ? new Date(value).toISOString() : null)),
  lang: z
    .string()
    .nullish()
    .refine(
      (value) => !value || (LANGUAGES as readonly string[]).includes(value.toLowerCase()),
      `lang must be one of ${LANGUAGES.join(', ')}`,
    )
    .transform((value) => (value ? (value.toLowerCase() as Language) : null)),
});

export function validateSubmission(input: ArticleSubmission): ValidSubmission {
  const result = submissionSchema.safeParse(input);
  if (!result.success) {
    throw new InputError(
      result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '),
    );
  }
  const { text, lang, ...meta } = result.data;
  return { text, lang, meta };
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
