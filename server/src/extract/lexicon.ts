// Compiles the lexicon data (lexicon/*.json) into tries and word sets; built once, shared by all calls.

import type { Actor, Language } from '../domain';
import actorsJson from './lexicon/actors.json';
import cuesJson from './lexicon/cues.json';
import personsJson from './lexicon/persons.json';
import triggersJson from './lexicon/triggers.json';
import { field, readStrings, readTriggers } from './lexicon-data';
import { buildGazetteer, type AliasValue, type Person } from './lexicon-actors';
import { buildCues, buildWords, normPhrase, normSet, type WordClasses } from './lexicon-words';
import { tokenize, wordId } from './tokens';
import { TokenTrie } from './trie';
import type { CueSpec, Role, TriggerEntry } from './types';

export type { AliasValue, Person, WordClasses };

export interface Lexicon {
  actors: Map<string, Actor>;
  persons: Map<string, Person>;
  gazetteer: TokenTrie<AliasValue>;
  /** One trie per language, so a match needs no per-entry language test. */
  triggers: Record<Language, TokenTrie<TriggerEntry>>;
  /** Single-word German noun triggers that also end compounds (Militärhilfe). */
  compounds: CompoundIndex;
  cues: Record<Language, TokenTrie<CueSpec & { lang: Language }>>;
  words: Record<Language, WordClasses>;
  /** Words that occur in one language's stop words, triggers or cues only: evidence for that language. */
  languageWords: Record<Language, Set<string>>;
  /** The same by vocabulary id (bit 1 German, bit 2 English): a paragraph's tokens need no set lookups. */
  languageFlags: Uint8Array;
  abbreviations: Set<string>;
  months: Set<string>;
}

export interface CompoundIndex {
  /** Entries by form. */
  entries: Map<string, TriggerEntry[]>;
  /** The distinct lengths of the forms (at least 4), longest first. */
  lengths: number[];
  /** The last three letters of every form. */
  endings: Set<string>;
  /** 1 at `endingHash` of every ending: most nouns are ruled out without slicing their ending. */
  endingFilter: Uint8Array;
}

/** A 16-bit hash of the last three code units of `word` (at least three long). */
export function endingHash(word: string): number {
  const n = word.length;
  const c = word.charCodeAt(n - 3) * 961 + word.charCodeAt(n - 2) * 31 + word.charCodeAt(n - 1);
  return c & 0xffff;
}

function compoundIndex(entries: Map<string, TriggerEntry[]>): CompoundIndex {
  const forms = [...entries.keys()].filter((form) => form.length >= 4);
  const endingFilter = new Uint8Array(0x10000);
  for (const form of forms) endingFilter[endingHash(form)] = 1;
  return {
    entries,
    lengths: [...new Set(forms.map((f) => f.length))].sort((a, b) => b - a),
    endings: new Set(forms.map((f) => f.slice(-3))),
    endingFilter,
  };
}

export interface LexiconData {
  actors: unknown;
  persons: unknown;
  triggers: unknown;
  cues: unknown;
}

function buildTriggers(data: LexiconData): {
  tries: Record<Language, TokenTrie<TriggerEntry>>;
  compounds: Map<string, TriggerEntry[]>;
} {
  const tries = { de: new TokenTrie<TriggerEntry>(), en: new TokenTrie<TriggerEntry>() };
  const compounds = new Map<string, TriggerEntry[]>();
  for (const t of readTriggers(data.triggers)) {
    const roles: Record<string, Role> = {};
    const given = t.roles ?? (t.pos === 'verb' ? { '': 'target' } : { PRE: 'agent' });
    for (const [marker, role] of Object.entries(given)) {
      roles[marker === 'PRE' || marker === 'GEN' ? marker : normPhrase(marker)] = role;
    }
    const entry: TriggerEntry = {
      type: t.type,
      lang: t.lang,
      pos: t.pos,
      phrases: t.phrases,
      roles,
      subject: t.subject,
      collective: t.collective,
      compound: t.compound,
      near: t.near ? { ...t.near, words: t.near.words.map(normPhrase) } : null,
      particle: t.particle ? t.particle.map((p) => tokenize(p).map((k) => k.norm)) : null,
      confidence: t.confidence ?? (t.pos === 'verb' ? 0.9 : 0.75),
    };
    for (const phrase of t.phrases) {
      tries[t.lang].add(phrase, entry);
      const norm = normPhrase(phrase);
      if (t.compound && !norm.includes(' '))
        compounds.set(norm, [...(compounds.get(norm) ?? []), entry]);
    }
  }
  return { tries, compounds };
}

function buildLanguageWords(
  data: LexiconData,
  words: Record<Language, WordClasses>,
): Record<Language, Set<string>> {
  const sets: Record<Language, Set<string>> = {
    de: new Set(words.de.stopwords),
    en: new Set(words.en.stopwords),
  };
  for (const t of readTriggers(data.triggers)) {
    for (const phrase of t.phrases)
      for (const token of tokenize(phrase)) if (token.word) sets[t.lang].add(token.norm);
  }
  for (const word of [...sets.de]) {
    if (sets.en.has(word)) {
      sets.de.delete(word);
      sets.en.delete(word);
    }
  }
  return sets;
}

/** Bit 1 (German) and 2 (English) at the vocabulary id of each language word. */
function languageFlags(sets: Record<Language, Set<string>>): Uint8Array {
  const ids: [number, number][] = [];
  for (const word of sets.de) ids.push([wordId(word, true), 1]);
  for (const word of sets.en) ids.push([wordId(word, true), 2]);
  const flags = new Uint8Array(ids.reduce((max, [id]) => Math.max(max, id + 1), 0));
  for (const [id, bit] of ids) flags[id]! |= bit;
  return flags;
}

export function compileLexicon(data: LexiconData): Lexicon {
  const actors = new Map<string, Actor>();
  const persons = new Map<string, Person>();
  const gazetteer = buildGazetteer(data, actors, persons);
  const { tries, compounds } = buildTriggers(data);
  const words = buildWords(data.cues);
  const languageWords = buildLanguageWords(data, words);
  return {
    actors,
    persons,
    gazetteer,
    triggers: tries,
    compounds: compoundIndex(compounds),
    cues: buildCues(data.cues),
    words,
    languageWords,
    languageFlags: languageFlags(languageWords),
    abbreviations: normSet(
      readStrings(field(data.cues, 'abbreviations', 'cues.json'), 'abbreviations'),
    ),
    months: normSet(readStrings(field(data.cues, 'months', 'cues.json'), 'months')),
  };
}

let cached: Lexicon | null = null;
let installed: Lexicon | null = null;

/** The raw data of the lexicon shipped in lexicon/*.json, to merge a user lexicon over. */
export function builtinLexiconData(): LexiconData {
  return { actors: actorsJson, persons: personsJson, triggers: triggersJson, cues: cuesJson };
}

/** The lexicon shipped in lexicon/*.json. */
export function builtinLexicon(): Lexicon {
  cached ??= compileLexicon(builtinLexiconData());
  return cached;
}

/**
 * Makes `lexicon` the one every extraction uses when none is passed (null restores the built-in
 * one). The caller compiles it once at start-up, from the file its settings name.
 */
export function installLexicon(lexicon: Lexicon | null): void {
  installed = lexicon;
}

/** The lexicon extraction uses when none is passed: the installed one, else the built-in one. */
export function defaultLexicon(): Lexicon {
  return installed ?? builtinLexicon();
}
