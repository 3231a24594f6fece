// Compiles actors (names, demonyms, capitals) and office holders into the gazetteer trie.

import type { Actor } from '../domain';
import { LexiconError, readActors, readPersons, type OfficeData } from './lexicon-data';
import { TokenTrie } from './trie';
import type { MentionForm } from './types';

export type AliasValue =
  | { kind: 'actor'; actorId: string; form: MentionForm; genitive: boolean }
  | { kind: 'person'; personId: string; genitive: boolean }
  | { kind: 'ignore' };

export interface Person {
  id: string;
  name: string;
  wikidata: string | null;
  offices: OfficeData[];
}

const ADJECTIVE_ENDINGS = ['', 'e', 'er', 'en', 'es', 'em'];
const ACRONYM = /^[^\p{Ll}]*$/u;

/** German genitive of a name: Russland → Russlands, Rutte → Ruttes (not after s, x, z, ß). */
function genitiveOf(name: string): string | null {
  if (ACRONYM.test(name) || !/[\p{L}]$/u.test(name) || /[sxzß]$/i.test(name)) return null;
  return `${name}s`;
}

export function buildGazetteer(
  data: { actors: unknown; persons: unknown },
  actors: Map<string, Actor>,
  persons: Map<string, Person>,
): TokenTrie<AliasValue> {
  const trie = new TokenTrie<AliasValue>();
  const { actors: actorData, ignore } = readActors(data.actors);
  for (const a of actorData) {
    actors.set(a.id, { id: a.id, name: a.name, kind: a.kind, wikidata: a.wikidata });
    const addName = (alias: string, form: MentionForm) => {
      trie.add(alias, { kind: 'actor', actorId: a.id, form, genitive: false });
      const genitive = genitiveOf(alias);
      if (genitive) trie.add(genitive, { kind: 'actor', actorId: a.id, form, genitive: true });
    };
    for (const alias of a.names) addName(alias, 'name');
    for (const alias of a.metonyms) addName(alias, 'metonym');
    for (const alias of a.demonyms)
      trie.add(alias, { kind: 'actor', actorId: a.id, form: 'demonym', genitive: false });
    for (const stem of a.stems) {
      for (const ending of ADJECTIVE_ENDINGS) {
        trie.add(stem + ending, { kind: 'actor', actorId: a.id, form: 'demonym', genitive: false });
      }
    }
  }
  for (const phrase of ignore) trie.add(phrase, { kind: 'ignore' });
  for (const p of readPersons(data.persons)) {
    for (const office of p.offices) {
      if (!actors.has(office.actor))
        throw new LexiconError(
          `persons: the office of ${p.id} names unknown actor ${office.actor}`,
        );
    }
    persons.set(p.id, { id: p.id, name: p.name, wikidata: p.wikidata, offices: p.offices });
    for (const alias of p.aliases) {
      trie.add(alias, { kind: 'person', personId: p.id, genitive: false });
      const genitive = genitiveOf(alias);
      if (genitive) trie.add(genitive, { kind: 'person', personId: p.id, genitive: true });
    }
  }
  return trie;
}
