// Finds actor mentions in a sentence's tokens with the gazetteer trie, longest match first.

import type { Lexicon } from './lexicon';
import { actorForPerson } from './offices';
import type { ActorMention, Token } from './types';

/**
 * Actor mentions in `tokens` (of a sentence starting at `base` in the article). `date` selects the
 * office holders' actors.
 */
export function findMentions(
  tokens: readonly Token[],
  sentence: string,
  base: number,
  lexicon: Lexicon,
  date: string | null,
): ActorMention[] {
  const mentions: ActorMention[] = [];
  for (const match of lexicon.gazetteer.scan(tokens)) {
    const value = match.values[0]!;
    if (value.kind === 'ignore') continue;
    const first = tokens[match.start]!;
    const last = tokens[match.end - 1]!;
    const text = sentence.slice(first.start - base, last.end - base);
    const genitive = value.genitive || last.possessive;
    if (value.kind === 'person') {
      const person = lexicon.persons.get(value.personId);
      if (!person) continue;
      mentions.push({
        actor: actorForPerson(person, date, lexicon),
        start: match.start,
        end: match.end,
        form: 'person',
        genitive,
        text,
        personId: person.id,
      });
    } else {
      const actor = value.actor;
      if (!actor) continue;
      mentions.push({
        actor,
        start: match.start,
        end: match.end,
        form: value.form,
        genitive,
        text,
        personId: null,
      });
    }
  }
  return mentions;
}
