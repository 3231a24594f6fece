// Turns noun frames into candidates: collective nouns relate all their participants, other nouns
// their agent to their target; a missing agent is the clause subject ("Nordkorea nutzt die Partnerschaft mit Russland").

import type { SentenceContext } from './context';
import { pairUp, type Candidate, type Party } from './candidate';
import type { NounFrame } from './frames';
import { markerAt } from './groups';
import { possessiveBefore, possessorOf } from './possessive';
import { relativeRole } from './relative';
import type { Group, Unit } from './types';
import { actorsOf, firstBare } from './units';

export interface ClauseLinks {
  /** The last actor phrase before a relative clause. */
  antecedent: Unit | null;
  /** The subject of the clause this one continues after an embedded clause. */
  outerSubject: Unit | null;
}

function groupsParty(groups: readonly Group[]): Party {
  let start = Infinity;
  let end = -Infinity;
  for (const g of groups) {
    start = Math.min(start, g.start);
    end = Math.max(end, g.end);
  }
  return { actors: actorsOf(groups), start, end };
}

function unitParty(unit: Unit): Party {
  const actors: Party['actors'] = [];
  for (const actor of unit.actors) actors.push({ actor, at: unit.start });
  return { actors, start: unit.start, end: unit.end };
}

/** True when the frame is the object of a preposition of cause ("over support for", "wegen der Hilfe"). */
function inCausalPhrase(ctx: SentenceContext, frame: NounFrame): boolean {
  return ctx.words.causalPrepositions.has(markerAt(ctx, frame.start, frame.clause));
}

/** The clause subject a noun frame can borrow: the first bare phrase before it, or the antecedent. */
function subjectFor(
  ctx: SentenceContext,
  frame: NounFrame,
  units: readonly Unit[],
  links: ClauseLinks,
): Unit | null {
  const relative = relativeRole(ctx, frame.clause);
  if (relative === 'subject' && links.antecedent && ctx.sentence.lang === 'de')
    return links.antecedent;
  const before = firstBare(
    units,
    frame.clause.start,
    frame.start,
    (u) => u.start >= frame.start && u.end <= frame.end,
  );
  if (before) return before;
  return (relative === 'subject' ? links.antecedent : null) ?? links.outerSubject;
}

export function readNoun(
  ctx: SentenceContext,
  frame: NounFrame,
  units: readonly Unit[],
  links: ClauseLinks,
): Candidate[] {
  const { hit, clause } = frame;
  const core = [...frame.pairs, ...frame.agents];
  const out: Candidate[] = [];
  if (frame.pairs.length > 0 || hit.entry.collective) {
    const members = core.length > 0 ? groupsParty(core) : null;
    if (members && members.actors.length >= 2) {
      members.actors.forEach((a, i) => {
        for (const b of members.actors.slice(i + 1)) {
          out.push(
            ...pairUp({ ...members, actors: [a] }, { ...members, actors: [b] }, hit, clause, false),
          );
        }
      });
    }
  }
  // "over its support for Russia": the possessor, not the clause subject, is the agent.
  const possessive = core.length === 0 ? possessiveBefore(ctx, hit) : -1;
  if (hit.entry.collective && core.length === 0 && frame.targets.length === 0) {
    // "Moskau und Pjöngjang vereinbaren eine Partnerschaft": the subject's members are the partners.
    const subject = possessive >= 0 ? null : subjectFor(ctx, frame, units, links);
    const members =
      possessive >= 0
        ? possessorOf(ctx, possessive, units, [])
        : subject
          ? unitParty(subject)
          : null;
    members?.actors.forEach((a, i) => {
      for (const b of members.actors.slice(i + 1)) {
        out.push(
          ...pairUp({ ...members, actors: [a] }, { ...members, actors: [b] }, hit, clause, true),
        );
      }
    });
  }
  let agents: Party | null = core.length > 0 ? groupsParty(core) : null;
  let inferred = false;
  if (!agents && frame.targets.length > 0) {
    if (possessive >= 0) agents = possessorOf(ctx, possessive, units, frame.targets);
    else if (!inCausalPhrase(ctx, frame)) {
      const subject = subjectFor(ctx, frame, units, links);
      if (subject) agents = unitParty(subject);
    }
    inferred = true;
  }
  let targets: Party | null = frame.targets.length > 0 ? groupsParty(frame.targets) : null;
  if (!targets && agents && !hit.entry.collective) {
    // "Dank russischer Hilfe ist Nordkorea …": what is done thanks to the help benefits the subject.
    const marker = markerAt(ctx, frame.start, clause);
    if (ctx.words.benefactive.has(marker)) {
      const subject = firstBare(
        units,
        clause.start,
        clause.end,
        (u) => u.start < frame.end && u.end > frame.start,
      );
      if (subject) targets = unitParty(subject);
      inferred = true;
    }
  }
  if (agents && targets) out.push(...pairUp(agents, targets, hit, clause, inferred));
  return out;
}

/**
 * Everyone a collective frame involves by the sentence alone: its own arguments, its possessor
 * ("ihre Partnerschaft") and the clause subject ("Nordkorea nutzt die Partnerschaft"), each actor once.
 */
export function participantsOf(
  ctx: SentenceContext,
  frame: NounFrame,
  units: readonly Unit[],
  links: ClauseLinks,
): Party | null {
  const own = [...frame.pairs, ...frame.agents, ...frame.targets];
  const party: Party | null = own.length > 0 ? groupsParty(own) : null;
  const possessive = possessiveBefore(ctx, frame.hit);
  let other: Party | null = null;
  if (possessive >= 0) other = possessorOf(ctx, possessive, units, []);
  else if (!inCausalPhrase(ctx, frame)) {
    const subject = subjectFor(ctx, frame, units, links);
    if (subject) other = unitParty(subject);
  }
  if (!party || !other) return party ?? other;
  for (const a of other.actors)
    if (!party.actors.some((p) => p.actor.id === a.actor.id)) party.actors.push(a);
  party.start = Math.min(party.start, other.start);
  party.end = Math.max(party.end, other.end);
  return party;
}
