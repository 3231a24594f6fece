// What an article has said so far about symmetric relations, for definite nouns that name only one
// participant ("Nordkorea nutzt die Partnerschaft" after "Partnerschaft mit Russland").

import { SYMMETRIC_TYPES, type Actor, type RelationMention, type RelationType } from '../domain';

/** Relations kept: enough for the last few sentences of a dense article. */
const MAX_LINKS = 32;
/** Sentences back in which a second, different partner makes "the partnership" ambiguous. */
export const AMBIGUITY_SENTENCES = 5;

interface Link {
  type: RelationType;
  a: Actor;
  b: Actor;
  sentence: number;
}

export interface Discourse {
  /** Oldest first; at most MAX_LINKS. */
  links: Link[];
}

export function newDiscourse(): Discourse {
  return { links: [] };
}

/**
 * Remembers the symmetric relations a sentence stated (`actors` resolves the ids of its mentions).
 * A negated relation ("keine Allianz mit Iran") is no partnership a later "the partnership" can mean.
 */
export function recordRelations(
  discourse: Discourse,
  mentions: readonly RelationMention[],
  actors: readonly Actor[],
  sentence: number,
): void {
  for (const m of mentions) {
    if (!SYMMETRIC_TYPES.has(m.type) || m.modality === 'NEGATED') continue;
    let a: Actor | undefined;
    let b: Actor | undefined;
    for (const actor of actors) {
      if (actor.id === m.source) a = actor;
      if (actor.id === m.target) b = actor;
    }
    if (!a || !b) continue;
    if (discourse.links.length >= MAX_LINKS) discourse.links.shift();
    discourse.links.push({ type: m.type, a, b, sentence });
  }
}

/** True when some remembered relation involves the actor. */
export function isRemembered(discourse: Discourse, id: string): boolean {
  for (const l of discourse.links) if (l.a.id === id || l.b.id === id) return true;
  return false;
}

/**
 * The partner of `id` in the most recent earlier relation of `type`, or null when there is none or
 * when the last few sentences name a different partner as well (which one "the partnership" means is
 * then a guess).
 */
export function partnerOf(
  discourse: Discourse,
  id: string,
  type: RelationType,
  sentence: number,
): Actor | null {
  let partner: Actor | null = null;
  const links = discourse.links;
  for (let k = links.length - 1; k >= 0; k--) {
    const l = links[k]!;
    if (l.sentence >= sentence || l.type !== type) continue;
    const other = l.a.id === id ? l.b : l.b.id === id ? l.a : null;
    if (other === null) continue;
    if (partner === null) partner = other;
    else if (l.sentence < sentence - AMBIGUITY_SENTENCES) break;
    else if (other.id !== partner.id) return null;
  }
  return partner;
}
