// A user lexicon (the JSON of a file the caller names, e.g. by ENTENTE_LEXICON) merged over the
// built-in one: actors and persons by id, triggers appended, cue lists extended. Every user entry
// is checked first, so an error names the entry in the user's file, not in the merged data.

import {
  LexiconError,
  readActors,
  readMap,
  readPersons,
  readPhrases,
  readPronouns,
  readStrings,
  readTriggers,
  readWords,
} from './lexicon-data';
import type { LexiconData } from './lexicon';

type Json = Record<string, unknown>;

const TOP_LEVEL = new Set(['about', 'actors', 'ignore', 'persons', 'triggers', 'cues']);
const PHRASE_CUES = new Set([
  'attribution',
  'hedges',
  'negations',
  'negationExceptions',
  'denials',
  'reportedSpeech',
]);
const STRING_CUES = new Set(['abbreviations', 'months']);
const MAP_CUES = new Set(['contractions']);
const PRONOUN_CUES = new Set(['pronouns']);

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function array(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Checks one cue key of the user file with the reader its kind needs. */
function checkCue(key: string, value: unknown, base: Json): void {
  const path = `cues.${key}`;
  if (PHRASE_CUES.has(key)) readPhrases(value, path);
  else if (STRING_CUES.has(key)) readStrings(value, path);
  else if (MAP_CUES.has(key)) readMap(value, path);
  else if (PRONOUN_CUES.has(key)) readPronouns(value, path);
  else if (key in base && key !== 'about') readWords(value, path);
  else if (key !== 'about') throw new LexiconError(`${path} is not a cue list of the lexicon`);
}

/** Adds the user's list items to the base lists, key by key (and language by language). */
function extend(base: unknown, user: unknown): unknown {
  if (Array.isArray(base) || Array.isArray(user)) return [...array(base), ...array(user)];
  if (!isObject(base) || !isObject(user)) return user ?? base;
  const out: Json = { ...base };
  for (const [key, value] of Object.entries(user)) out[key] = extend(base[key], value);
  return out;
}

/** Merges records by id: the user's fields win, alias lists are joined. */
function byId(base: unknown[], user: unknown[], lists: readonly string[]): unknown[] {
  const out = base.map((entry) => (isObject(entry) ? { ...entry } : entry));
  const index = new Map<unknown, Json>();
  for (const entry of out) if (isObject(entry)) index.set(entry.id, entry);
  for (const entry of user) {
    if (!isObject(entry)) continue;
    const existing = index.get(entry.id);
    if (!existing) {
      out.push(entry);
      index.set(entry.id, entry);
      continue;
    }
    for (const [key, value] of Object.entries(entry)) {
      existing[key] = lists.includes(key) ? [...array(existing[key]), ...array(value)] : value;
    }
  }
  return out;
}

/** Adds the id of the entry an error names: "actors[3] (id "XYZ").kind must be …". */
function withId(error: LexiconError, user: Json): string {
  const match = /^(actors|persons|triggers)\[(\d+)\]/.exec(error.message);
  if (!match) return error.message;
  const entry = array(user[match[1]!])[Number(match[2])];
  const id = isObject(entry) && typeof entry.id === 'string' ? ` (id "${entry.id}")` : '';
  return `${match[0]}${id}${error.message.slice(match[0].length)}`;
}

/**
 * The user's entries as they will be after merging, for checking: an entry for a known id may give
 * only what it adds (`{ "id": "RUS", "names": [...] }`), the rest comes from the built-in entry.
 */
function completed(user: unknown, base: unknown, key: string): unknown {
  if (!Array.isArray(user)) return user;
  const known = new Map<unknown, Json>();
  for (const entry of array(isObject(base) ? base[key] : undefined))
    if (isObject(entry)) known.set(entry.id, entry);
  return user.map((entry) =>
    isObject(entry) && known.has(entry.id) ? { ...known.get(entry.id), ...entry } : entry,
  );
}

function check(user: Json, base: LexiconData): void {
  for (const key of Object.keys(user))
    if (!TOP_LEVEL.has(key))
      throw new LexiconError(`"${key}" is not a part of a lexicon (${[...TOP_LEVEL].join(', ')})`);
  readActors({ actors: completed(user.actors, base.actors, 'actors'), ignore: user.ignore });
  readPersons({ persons: completed(user.persons, base.persons, 'persons') });
  readTriggers({ triggers: user.triggers });
  if (user.cues !== undefined) {
    if (!isObject(user.cues)) throw new LexiconError('cues must be an object');
    const baseCues = isObject(base.cues) ? base.cues : {};
    for (const [key, value] of Object.entries(user.cues)) checkCue(key, value, baseCues);
  }
}

/**
 * The base lexicon data with the user's JSON merged over it. Throws a LexiconError (a ConfigError)
 * that names `source` and the bad entry.
 */
export function mergeLexicon(
  base: LexiconData,
  user: unknown,
  source = 'user lexicon',
): LexiconData {
  if (!isObject(user)) throw new LexiconError(`${source}: must be a JSON object`);
  try {
    check(user, base);
  } catch (error) {
    if (error instanceof LexiconError) throw new LexiconError(`${source}: ${withId(error, user)}`);
    throw error;
  }
  const actors = isObject(base.actors) ? base.actors : {};
  const persons = isObject(base.persons) ? base.persons : {};
  const triggers = isObject(base.triggers) ? base.triggers : {};
  return {
    actors: {
      ...actors,
      actors: byId(array(actors.actors), array(user.actors), [
        'names',
        'metonyms',
        'stems',
        'demonyms',
      ]),
      ignore: [...array(actors.ignore), ...array(user.ignore)],
    },
    persons: {
      ...persons,
      persons: byId(array(persons.persons), array(user.persons), ['aliases']),
    },
    triggers: { ...triggers, triggers: [...array(triggers.triggers), ...array(user.triggers)] },
    cues: user.cues === undefined ? base.cues : extend(base.cues, user.cues),
  };
}

/** Parses the text of a user lexicon file; a syntax error names the file. */
export function parseLexiconJson(text: string, source = 'user lexicon'): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new LexiconError(`${source}: not valid JSON (${(error as Error).message})`);
  }
}
