// Compiles actors (names, demonyms, capitals) and office holders into the gazetteer trie.

import type { Actor } from '../domain';
import { LexiconError, readActors, readPersons, type OfficeData } from './lexicon-data';
import { TokenTrie } from './trie';
import type { MentionForm } from './types';

/** `actor` is the actor `actorId` names in the compiled lexicon, resolved once after compiling. */
export type AliasValue =
  | { kind: 'actor'; actorId: string; actor?: Actor; form: MentionForm; genitive: boolean }
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
  const named: { actorId: string; actor?: Actor }[] = [];
  // Every actor alias value is listed, so its actor can be looked up once rather than per mention.
  const add = (alias: string, value: AliasValue) => {
    if (value.kind === 'actor') named.push(value);
    trie.add(alias, value);
  };
  const { actors: actorData, ignore } = readActors(data.actors);
  for (const a of actorData) {
    actors.set(a.id, { id: a.id, name: a.name, kind: a.kind, wikidata: a.wikidata });
    const addName = (alias: string, form: MentionForm) => {
      add(alias, { kind: 'actor', actorId: a.id, form, genitive: false });
      const genitive = genitiveOf(alias);
      if (genitive) add(genitive, { kind: 'actor', actorId: a.id, form, genitive: true });
    };
    for (const alias of a.names) addName(alias, 'name');
    for (const alias of a.metonyms) addName(alias, 'metonym');
    for (const alias of a.demonyms)
      add(alias, { kind: 'actor', actorId: a.id, form: 'demonym', genitive: false });
    for (const stem of a.stems) {
      for (const ending of ADJECTIVE_ENDINGS) {
        add(stem + ending, { kind: 'actor', actorId: a.id, form: 'demonym', genitive: false });
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
  for (const value of named) value.actor = actors.get(value.actorId);
  return trie;
}
