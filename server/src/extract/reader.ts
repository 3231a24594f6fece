// Reads an article paragraph by paragraph, carrying across paragraphs what a reader carries (the last
// speaker, the language so far), so a long text can be streamed without holding all its sentences.

import type { Actor, Language, RelationMention } from '../domain';
import { newMemory, type Memory } from './attribution';
import { buildContext } from './context';
import { newDiscourse } from './discourse';
import { languageOf, tokenEvidence, type LanguageScore } from './language';
import type { Lexicon } from './lexicon';
import type { Paragraph } from './paragraphs';
import { readSentence } from './sentence';
import { paragraphSentences } from './sentences';
import { tokenize } from './tokens';
import type { Token } from './types';

export interface ReaderOptions {
  /** Every paragraph is in this language; detected per paragraph when absent. */
  lang?: Language | undefined;
  /** ISO date of the article, for office holders. */
  date?: string | null | undefined;
  /** The language of a paragraph that gives no evidence of its own (else the text so far decides). */
  fallback?: Language | undefined;
}

/** The index of the first token from `from` on that starts at or after `start` (tokens are sorted). */
function firstAt(tokens: readonly Token[], from: number, start: number): number {
  let k = from;
  while (k < tokens.length && tokens[k]!.start < start) k++;
  return k;
}

export class ArticleReader {
  private readonly memory: Memory = newMemory();
  /** The symmetric relations read so far, for definite nouns naming one participant. */
  private readonly discourse = newDiscourse();
  private readonly evidence: LanguageScore = { de: 0, en: 0 };
  private readonly known = new Map<string, Actor>();
  private paragraphs = 0;
  /** Sentences read so far. */
  sentences = 0;

  constructor(
    private readonly lexicon: Lexicon,
    private readonly options: ReaderOptions = {},
  ) {}

  /** The language of the text read so far, by all its evidence. */
  get lang(): Language {
    return this.options.lang ?? languageOf(this.evidence) ?? this.options.fallback ?? 'en';
  }

  /** Every actor a relation read so far involves, each once, in order of first appearance. */
  get actors(): Actor[] {
    return [...this.known.values()];
  }

  /** The relation mentions of one paragraph (trimmed text and its offset in the article). */
  read(paragraph: Paragraph): RelationMention[] {
    // One tokenisation per paragraph serves the language guess and every sentence.
    const tokens = tokenize(paragraph.text, paragraph.start);
    const own = tokenEvidence(tokens, this.lexicon);
    this.evidence.de += own.de;
    this.evidence.en += own.en;
    const lang = this.options.lang ?? languageOf(own) ?? this.options.fallback ?? this.lang;
    const out: RelationMention[] = [];
    const date = this.options.date ?? null;
    let k = 0;
    for (const sentence of paragraphSentences(paragraph, lang, this.lexicon, this.paragraphs)) {
      const first = firstAt(tokens, k, sentence.start);
      k = firstAt(tokens, first, sentence.end);
      // A token cut by an over-long sentence's hard cut belongs to neither side.
      let last = k;
      while (last > first && tokens[last - 1]!.end > sentence.end) last--;
      const own = tokens.slice(first, last);
      if (own[0]?.joined) own[0] = { ...own[0], joined: false };
      const ctx = buildContext(sentence, this.lexicon, date, own);
      const result = readSentence(ctx, this.memory, this.sentences, this.discourse);
      this.sentences++;
      for (const m of result.mentions) out.push(m);
      for (const actor of result.actors)
        if (!this.known.has(actor.id)) this.known.set(actor.id, actor);
    }
    this.paragraphs++;
    return out;
  }
}
