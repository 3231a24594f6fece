// Office holders: which actor a person acts for on a given date (Rutte → NLD in 2020, NATO in 2024-11).

import type { Actor } from '../domain';
import type { Lexicon, Person } from './lexicon';

/** The actor id of the office held on `date` (ISO date or date-time); without a date, the latest office. */
export function officeOn(person: Person, date: string | null): string | null {
  if (date === null) {
    const latest = [...person.offices].sort((a, b) =>
      (b.from ?? '').localeCompare(a.from ?? ''),
    )[0];
    return latest?.actor ?? null;
  }
  const day = date.slice(0, 10);
  // A plain loop: this runs for every mention of a person.
  for (const o of person.offices)
    if ((o.from === null || o.from <= day) && (o.to === null || day < o.to)) return o.actor ?? null;
  return null;
}

/** The actor a mention of the person stands for: the office's actor, else the person. */
export function actorForPerson(person: Person, date: string | null, lexicon: Lexicon): Actor {
  const id = officeOn(person, date);
  const actor = id === null ? undefined : lexicon.actors.get(id);
  return actor ?? { id: person.id, name: person.name, kind: 'PERSON', wikidata: person.wikidata };
}
