// The names an actor goes by: the lexicon's names and metonyms (German and English), persons' aliases,
// plus the aliases users added; used for Actor.aliases and for search.

import type { Corrections } from '../../domain';
import { builtinLexiconData } from '../../extract';
import { readActors, readPersons } from '../../extract/lexicon-data';

let lexiconNames: Map<string, string[]> | null = null;

/** Names per actor id from the built-in lexicon; read once. */
function fromLexicon(): Map<string, string[]> {
  if (lexiconNames) return lexiconNames;
  const data = builtinLexiconData();
  const names = new Map<string, string[]>();
  for (const actor of readActors(data.actors).actors)
    names.set(actor.id, [...actor.names, ...actor.metonyms]);
  for (const person of readPersons(data.persons)) {
    names.set(person.id, [person.name, ...person.aliases]);
  }
  lexiconNames = names;
  return names;
}

/** Every alias of the actor, sorted, without its display name. */
export function aliasesOf(actor: { id: string; name: string }, corrections: Corrections): string[] {
  const added = corrections.aliases.filter((a) => a.actorId === actor.id).map((a) => a.alias);
  const all = new Set([...(fromLexicon().get(actor.id) ?? []), ...added]);
  all.delete(actor.name);
  return [...all].sort((a, b) => a.localeCompare(b, 'en'));
}

/** Ids of actors with a lexicon name or added alias containing the text (case-insensitive). */
export function actorIdsNamed(text: string, corrections: Corrections): string[] {
  const needle = text.toLowerCase();
  const ids = new Set<string>();
  for (const [id, names] of fromLexicon()) {
    if (names.some((name) => name.toLowerCase().includes(needle))) ids.add(id);
  }
  for (const { actorId, alias } of corrections.aliases) {
    if (alias.toLowerCase().includes(needle)) ids.add(actorId);
  }
  return [...ids];
}
