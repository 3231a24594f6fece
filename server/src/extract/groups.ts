// Marks how each actor phrase attaches (bare, genitive, or the preposition before it) and joins
// coordinated actors ("Russland, Nordkorea und China", "nicht nur Europa, sondern auch die USA").

import type { SentenceContext } from './context';
import type { ActorMention, Clause, Group } from './types';

const MAX_MARKER_DISTANCE = 5;
const GAP_PUNCTUATION = new Set([',', '(', ')', '/']);

/** The preposition phrase ending at token j ("to", "thanks to", "im" → "in"), or null. */
export function prepositionEndingAt(ctx: SentenceContext, j: number, floor: number): string | null {
  const token = ctx.tokens[j];
  if (!token?.word) return null;
  const contracted = ctx.words.contractions.get(token.norm);
  if (contracted) return contracted;
  for (let s = Math.max(floor, j - 3); s <= j; s++) {
    const match = ctx.words.prepositions.longestAt(ctx.tokens, s);
    if (match && match.end === j + 1) return match.values[0]!;
  }
  return null;
}

/** True when token j is a German noun: capitalised and not the first word of the clause. */
function isGermanNoun(ctx: SentenceContext, j: number, clause: Clause): boolean {
  const t = ctx.tokens[j];
  return (
    t !== undefined &&
    t.word &&
    (ctx.triggerAt(j)?.entry.pos === 'noun' || (t.upper && j > clause.start))
  );
}

/**
 * The marker of a phrase starting at token `index`: the preposition before it (skipping determiners
 * and adjectives), 'GEN' for a German genitive after a noun, or '' for a bare noun phrase.
 */
export function markerAt(
  ctx: SentenceContext,
  index: number,
  clause: Clause,
  genitive = false,
): string {
  const lang = ctx.sentence.lang;
  // A German genitive form right after a noun is its attribute ("Krieg Russlands", "Seite Russlands").
  const afterNoun = genitive && lang === 'de' ? 'GEN' : '';
  let steps = 0;
  for (let j = index - 1; j >= clause.start && steps < MAX_MARKER_DISTANCE; j--) {
    const t = ctx.tokens[j]!;
    if (!t.word) return '';
    const prep = prepositionEndingAt(ctx, j, clause.start);
    if (prep) return prep;
    if (ctx.isTrigger(j)) return ctx.triggerAt(j)?.entry.pos === 'noun' ? afterNoun : '';
    if (ctx.isCue(j) || ctx.mentionAt(j)) return '';
    if (ctx.words.determiners.has(t.norm)) {
      if (lang === 'de' && (t.norm === 'der' || t.norm === 'des') && j - 1 >= clause.start) {
        const before = j - 1;
        if (
          !ctx.mentionAt(before) &&
          isGermanNoun(ctx, before, clause) &&
          !prepositionEndingAt(ctx, before, clause.start)
        ) {
          return 'GEN';
        }
      }
      continue;
    }
    const w = ctx.words;
    if (
      w.subordinators.has(t.norm) ||
      w.relativePronouns.has(t.norm) ||
      w.coordinators.longestAt(ctx.tokens, j)
    )
      return '';
    if (lang === 'de' && t.upper) return j > clause.start ? afterNoun : '';
    steps++;
  }
  return '';
}

/**
 * Adjacent actors form one phrase only as modifier and head ("europäischen Nato-Staaten"), a hyphen
 * compound ("Putin-Kim") or an apposition naming the same actor ("Institute for the Study of War ISW").
 */
function adjacentPhrase(ctx: SentenceContext, a: ActorMention, b: ActorMention): boolean {
  return a.form === 'demonym' || ctx.tokens[b.start]!.joined || a.actor.id === b.actor.id;
}

/** True when the tokens between two actors only coordinate them (und, ",", sondern auch, für … für). */
function coordinates(ctx: SentenceContext, from: number, to: number, marker: string): boolean {
  if (from === to) return false;
  let joined = false;
  for (let j = from; j < to;) {
    const t = ctx.tokens[j]!;
    if (!t.word) {
      if (!GAP_PUNCTUATION.has(t.text)) return false;
      joined = true;
      j++;
      continue;
    }
    const coordinator = ctx.words.coordinators.longestAt(ctx.tokens, j);
    if (coordinator) {
      joined = true;
      j = coordinator.end;
      continue;
    }
    const light = ctx.words.lightWords.longestAt(ctx.tokens, j);
    if (light) {
      j = light.end;
      continue;
    }
    if (ctx.words.determiners.has(t.norm)) {
      j++;
      continue;
    }
    const prep = ctx.words.prepositions.longestAt(ctx.tokens, j);
    const contracted = ctx.words.contractions.get(t.norm);
    if (
      marker !== '' &&
      marker !== 'GEN' &&
      (contracted === marker || prep?.values[0] === marker)
    ) {
      j = prep ? prep.end : j + 1;
      continue;
    }
    return false;
  }
  return joined;
}

/** The coordinated actor groups of a clause, in text order. */
export function buildGroups(
  ctx: SentenceContext,
  mentions: readonly ActorMention[],
  clause: Clause,
): Group[] {
  const groups: Group[] = [];
  for (const m of mentions) {
    if (m.start < clause.start || m.end > clause.end) continue;
    const current = groups[groups.length - 1];
    const previous = current?.mentions[current.mentions.length - 1];
    const joins =
      current !== undefined &&
      previous !== undefined &&
      (current.end === m.start
        ? adjacentPhrase(ctx, previous, m)
        : coordinates(ctx, current.end, m.start, current.marker));
    if (current && joins) {
      current.mentions.push(m);
      current.end = m.end;
    } else {
      groups.push({
        mentions: [m],
        start: m.start,
        end: m.end,
        marker: markerAt(ctx, m.start, clause, m.genitive),
      });
    }
  }
  return groups;
}
