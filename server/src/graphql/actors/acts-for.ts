// Which actor a person acts for, from the lexicon's offices: the office held today, else the most
// recent one. Lets the explorer fold persons out of office into the state or body they served.

import { defaultLexicon } from '../../extract';
import { officeOn } from '../../extract/offices';

/** The acting-for actor id of a person (today's office, else the latest); null for others. */
export function actsForId(
  actorId: string,
  today: string = new Date().toISOString(),
): string | null {
  const person = defaultLexicon().persons.get(actorId);
  if (!person) return null;
  return officeOn(person, today) ?? officeOn(person, null);
}
