// Extraction: article text in, actors and relation mentions out. Pure: no I/O, no database.
// paragraphs → language → sentences → actor mentions → clauses → relations → modality and claimant.

import type { Actor, ArticleGraph, Language, RelationMention } from '../domain';
import { buildContext } from './context';
import { scoreLanguage } from './language';
import { defaultLexicon, type Lexicon } from './lexicon';
import { splitParagraphs } from './paragraphs';
import { ArticleReader } from './reader';
import { splitSentences } from './sentences';
import type { MentionForm } from './types';

export {
  builtinLexicon,
  builtinLexiconData,
  compileLexicon,
  defaultLexicon,
  installLexicon,
  type Lexicon,
  type LexiconData,
} from './lexicon';
export { LexiconError } from './lexicon-data';
export { mergeLexicon, parseLexiconJson } from './lexicon-merge';
export { userLexicon } from './user-lexicon';
export { ArticleReader, type ReaderOptions } from './reader';
export { splitParagraphs, type Paragraph } from './paragraphs';

export interface ExtractOptions {
  lang?: Language;
  /** ISO date of the article, for office holders */
  date?: string | null;
}

export interface Extraction extends ArticleGraph {
  /** The detected main language of the text, or the one given. */
  lang: Language;
}

export interface SentenceInfo {
  text: string;
  start: number;
  end: number;
  lang: Language;
}

export interface ActorMentionInfo {
  actor: Actor;
  /** The words as written; `start`/`end` are offsets in the text. */
  text: string;
  start: number;
  end: number;
  form: MentionForm;
}

/** German or English by stop words; English when the text gives no evidence. */
export function detectLanguage(text: string, lexicon: Lexicon = defaultLexicon()): Language {
  return scoreLanguage(text, lexicon) ?? 'en';
}

/** The sentences of a text with their offsets and the language of their paragraph. */
export function sentencesOf(
  text: string,
  options: ExtractOptions = {},
  lexicon: Lexicon = defaultLexicon(),
): SentenceInfo[] {
  return splitSentences(text, lexicon, options.lang).map(({ text: t, start, end, lang }) => ({
    text: t,
    start,
    end,
    lang,
  }));
}

/** Every actor named in the text, with office holders resolved for `options.date`. */
export function actorMentions(
  text: string,
  options: ExtractOptions = {},
  lexicon: Lexicon = defaultLexicon(),
): ActorMentionInfo[] {
  const out: ActorMentionInfo[] = [];
  for (const sentence of splitSentences(text, lexicon, options.lang)) {
    const ctx = buildContext(sentence, lexicon, options.date ?? null);
    for (const m of ctx.mentions) {
      const start = ctx.tokens[m.start]!.start;
      const end = ctx.tokens[m.end - 1]!.end;
      out.push({ actor: m.actor, text: text.slice(start, end), start, end, form: m.form });
    }
  }
  return out;
}

export function extract(
  text: string,
  options: ExtractOptions = {},
  lexicon: Lexicon = defaultLexicon(),
): Extraction {
  const lang = options.lang ?? detectLanguage(text, lexicon);
  // The whole text's language decides for paragraphs without evidence of their own.
  const reader = new ArticleReader(lexicon, {
    lang: options.lang,
    date: options.date,
    fallback: lang,
  });
  const mentions: RelationMention[] = [];
  for (const p of splitParagraphs(text)) for (const m of reader.read(p)) mentions.push(m);
  return { lang, actors: reader.actors, mentions };
}
