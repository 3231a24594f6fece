// Compiles the lexicon data (lexicon/*.json) into tries and word sets; built once, shared by all calls.

import type { Actor, Language } from '../domain';
import actorsJson from './lexicon/actors.json';
import cuesJson from './lexicon/cues.json';
import personsJson from './lexicon/persons.json';
import triggersJson from './lexicon/triggers.json';
import { field, readStrings, readTriggers } from './lexicon-data';
import { buildGazetteer, type AliasValue, type Person } from './lexicon-actors';
import { buildCues, buildWords, normPhrase, normSet, type WordClasses } from './lexicon-words';
import { tokenize } from './tokens';
import { TokenTrie } from './trie';
import type { CueSpec, Role, TriggerEntry } from './types';

export type { AliasValue, Person, WordClasses };

export interface Lexicon {
  actors: Map<string, Actor>;
  persons: Map<string, Person>;
  gazetteer: TokenTrie<AliasValue>;
  triggers: TokenTrie<TriggerEntry>;
  /** Single-word German noun triggers that also end compounds (Militärhilfe). */
  compounds: CompoundIndex;
  cues: TokenTrie<CueSpec & { lang: Language }>;
  words: Record<Language, WordClasses>;
  /** Words that occur in one language's stop words, triggers or cues only: evidence for that language. */
  languageWords: Record<Language, Set<string>>;
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
}

function compoundIndex(entries: Map<string, TriggerEntry[]>): CompoundIndex {
  const forms = [...entries.keys()].filter((form) => form.length >= 4);
  return {
    entries,
    lengths: [...new Set(forms.map((f) => f.length))].sort((a, b) => b - a),
    endings: new Set(forms.map((f) => f.slice(-3))),
  };
}

export interface LexiconData {
  actors: unknown;
  persons: unknown;
  triggers: unknown;
  cues: unknown;
}

function buildTriggers(data: LexiconData): {
  trie: TokenTrie<TriggerEntry>;
  compounds: Map<string, TriggerEntry[]>;
} {
  const trie = new TokenTrie<TriggerEntry>();
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
      trie.add(phrase, entry);
      const norm = normPhrase(phrase);
      if (t.compound && !norm.includes(' '))
        compounds.set(norm, [...(compounds.get(norm) ?? []), entry]);
    }
  }
  return { trie, compounds };
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

export function compileLexicon(data: LexiconData): Lexicon {
  const actors = new Map<string, Actor>();
  const persons = new Map<string, Person>();
  const gazetteer = buildGazetteer(data, actors, persons);
  const { trie, compounds } = buildTriggers(data);
  const words = buildWords(data.cues);
  return {
    actors,
    persons,
    gazetteer,
    triggers: trie,
    compounds: compoundIndex(compounds),
    cues: buildCues(data.cues),
    words,
    languageWords: buildLanguageWords(data, words),
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
