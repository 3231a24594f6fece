// Compiles the closed word classes and cues of lexicon/cues.json (per language) into sets and tries.

import type { Language } from '../domain';
import { field, readMap, readPhrases, readPronouns, readWords } from './lexicon-data';
import { normalise, tokenize, wordId } from './tokens';
import { TokenTrie } from './trie';
import type { CueClass, CueSpec } from './types';

export interface WordClasses {
  stopwords: Set<string>;
  subordinators: Set<string>;
  /** Words opening a non-finite clause that shares the outer subject (ohne, um, without). */
  infinitiveOpeners: Set<string>;
  /** The same by vocabulary id (1 at each opener's id): the clause split tests every token. */
  infinitiveOpenerIds: Uint8Array;
  relativePronouns: Set<string>;
  determiners: Set<string>;
  coordinators: TokenTrie<string>;
  lightWords: TokenTrie<string>;
  prepositions: TokenTrie<string>;
  contractions: Map<string, string>;
  personPronouns: Set<string>;
  organisationPronouns: Set<string>;
  benefactive: Set<string>;
  passiveAuxiliaries: Set<string>;
  passiveAgents: Set<string>;
  notVerbs: Set<string>;
  negationDeterminers: Set<string>;
  /** Possessive determiners (its, seiner): the possessor acts in the noun after them. */
  possessives: Set<string>;
  /** Prepositions of cause (over, wegen): a noun after them is not the clause subject's act. */
  causalPrepositions: Set<string>;
  /** Definite and demonstrative determiners (die, the, this): the noun after them was named before. */
  definiteDeterminers: Set<string>;
}

export function normPhrase(phrase: string): string {
  return tokenize(phrase)
    .map((t) => t.norm)
    .join(' ');
}

function phraseTrie(phrases: string[]): TokenTrie<string> {
  const trie = new TokenTrie<string>();
  for (const phrase of phrases) trie.add(phrase, normPhrase(phrase));
  return trie;
}

export function normSet(words: string[]): Set<string> {
  return new Set(words.map(normalise));
}

/**
 * 1 at the vocabulary id of each word of the set (registering the words): a token is in the set
 * exactly when its id is marked, since its id is the number of its norm.
 */
function idFlags(words: Set<string>): Uint8Array {
  const ids = [...words].map((word) => wordId(word, true));
  const flags = new Uint8Array(ids.reduce((max, id) => Math.max(max, id + 1), 0));
  for (const id of ids) flags[id] = 1;
  return flags;
}

export function buildCues(
  cues: unknown,
): Record<Language, TokenTrie<CueSpec & { lang: Language }>> {
  const tries = {
    de: new TokenTrie<CueSpec & { lang: Language }>(),
    en: new TokenTrie<CueSpec & { lang: Language }>(),
  };
  const classes: [string, CueClass][] = [
    ['attribution', 'attribution'],
    ['hedges', 'hedge'],
    ['negations', 'negation'],
    ['negationExceptions', 'negationException'],
    ['denials', 'denial'],
    ['reportedSpeech', 'reported'],
  ];
  for (const [key, cls] of classes) {
    const byLang = readPhrases(field(cues, key, 'cues.json'), key);
    for (const lang of ['de', 'en'] as const) {
      for (const p of byLang[lang]) {
        const nearSpec = p.near ? { ...p.near, words: p.near.words.map(normPhrase) } : null;
        tries[lang].add(
          p.phrase,
          { cls, lang, speaker: p.speaker, final: p.final, near: nearSpec },
          p.caseSensitive,
        );
      }
    }
  }
  return tries;
}

export function buildWords(cues: unknown): Record<Language, WordClasses> {
  const words = (key: string) => readWords(field(cues, key, 'cues.json'), key);
  const stopwords = words('stopwords');
  const subordinators = words('subordinators');
  const openers = words('infinitiveOpeners');
  const relative = words('relativePronouns');
  const determiners = words('determiners');
  const coordinators = words('coordinators');
  const light = words('lightWords');
  const prepositions = words('prepositions');
  const benefactive = words('benefactive');
  const passiveAux = words('passiveAuxiliaries');
  const passiveAgents = words('passiveAgents');
  const notVerbs = words('notVerbs');
  const negationDeterminers = words('negationDeterminers');
  const possessives = words('possessives');
  const causal = words('causalPrepositions');
  const definite = words('definiteDeterminers');
  const contractions = readMap(field(cues, 'contractions', 'cues.json'), 'contractions');
  const pronouns = readPronouns(field(cues, 'pronouns', 'cues.json'), 'pronouns');
  const build = (lang: Language): WordClasses => ({
    stopwords: normSet(stopwords[lang]),
    subordinators: normSet(subordinators[lang]),
    infinitiveOpeners: normSet(openers[lang]),
    infinitiveOpenerIds: idFlags(normSet(openers[lang])),
    relativePronouns: normSet(relative[lang]),
    determiners: normSet(determiners[lang]),
    coordinators: phraseTrie(coordinators[lang]),
    lightWords: phraseTrie(light[lang]),
    prepositions: phraseTrie(prepositions[lang]),
    contractions: new Map(Object.entries(contractions[lang])),
    personPronouns: normSet(pronouns[lang].person),
    organisationPronouns: normSet(pronouns[lang].organisation),
    benefactive: new Set(benefactive[lang].map(normPhrase)),
    passiveAuxiliaries: normSet(passiveAux[lang]),
    passiveAgents: normSet(passiveAgents[lang]),
    notVerbs: normSet(notVerbs[lang]),
    negationDeterminers: normSet(negationDeterminers[lang]),
    possessives: normSet(possessives[lang]),
    causalPrepositions: new Set(causal[lang].map(normPhrase)),
    definiteDeterminers: normSet(definite[lang]),
  });
  return { de: build('de'), en: build('en') };
}
