// Checks the lexicon JSON files and gives them types: a bad entry fails loudly, naming its place.

import {
  ACTOR_KINDS,
  ConfigError,
  RELATION_TYPES,
  LANGUAGES,
  type ActorKind,
  type Language,
  type RelationType,
} from '../domain';
import type { NearSpec, Role } from './types';

export interface ActorData {
  id: string;
  name: string;
  kind: ActorKind;
  wikidata: string | null;
  names: string[];
  metonyms: string[];
  stems: string[];
  demonyms: string[];
}

export interface OfficeData {
  actor: string;
  from: string | null;
  to: string | null;
}

export interface PersonData {
  id: string;
  name: string;
  wikidata: string | null;
  aliases: string[];
  offices: OfficeData[];
}

export interface TriggerData {
  type: RelationType;
  lang: Language;
  pos: 'verb' | 'noun';
  phrases: string[];
  roles: Record<string, Role> | null;
  subject: 'agent' | 'target';
  collective: boolean;
  compound: boolean;
  near: NearSpec | null;
  particle: string[] | null;
  confidence: number | null;
}

export interface PhraseData {
  phrase: string;
  caseSensitive: boolean;
  near: NearSpec | null;
  speaker: 'before' | 'after' | 'either';
  final: boolean;
}

type Json = Record<string, unknown>;

/** A bad lexicon entry; the message names its place ("actors[3].kind must be …"). */
export class LexiconError extends ConfigError {}

function fail(path: string, expected: string): never {
  throw new LexiconError(`${path} must be ${expected}`);
}

function obj(value: unknown, path: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'an object');
  return value as Json;
}

function str(value: unknown, path: string): string {
  if (typeof value !== 'string' || value === '') fail(path, 'a non-empty string');
  return value;
}

function optStr(value: unknown, path: string): string | null {
  return value === null || value === undefined ? null : str(value, path);
}

function optDate(value: unknown, path: string): string | null {
  const date = optStr(value, path);
  if (date !== null && !/^\d{4}-\d{2}-\d{2}$/.test(date))
    fail(path, 'an ISO date (YYYY-MM-DD) or null');
  return date;
}

function list<T>(value: unknown, path: string, item: (v: unknown, p: string) => T): T[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) fail(path, 'an array');
  return value.map((v, i) => item(v, `${path}[${i}]`));
}

function oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value))
    fail(path, allowed.join('|'));
  return value as T;
}

function near(value: unknown, path: string): NearSpec | null {
  if (value === undefined || value === null) return null;
  const o = obj(value, path);
  const window = o.window;
  if (typeof window !== 'number' || window < 1) fail(`${path}.window`, 'a positive number');
  return {
    words: list(o.words, `${path}.words`, str),
    window,
    side:
      o.side === undefined
        ? 'both'
        : oneOf(o.side, `${path}.side`, ['before', 'after', 'both'] as const),
  };
}

export function readActors(data: unknown): { actors: ActorData[]; ignore: string[] } {
  const root = obj(data, 'actors.json');
  const actors = list(root.actors, 'actors', (v, p) => {
    const o = obj(v, p);
    return {
      id: str(o.id, `${p}.id`),
      name: str(o.name, `${p}.name`),
      kind: oneOf(o.kind, `${p}.kind`, ACTOR_KINDS),
      wikidata: optStr(o.wikidata, `${p}.wikidata`),
      names: list(o.names, `${p}.names`, str),
      metonyms: list(o.metonyms, `${p}.metonyms`, str),
      stems: list(o.stems, `${p}.stems`, str),
      demonyms: list(o.demonyms, `${p}.demonyms`, str),
    };
  });
  return { actors, ignore: list(root.ignore, 'ignore', str) };
}

export function readPersons(data: unknown): PersonData[] {
  const root = obj(data, 'persons.json');
  return list(root.persons, 'persons', (v, p) => {
    const o = obj(v, p);
    return {
      id: str(o.id, `${p}.id`),
      name: str(o.name, `${p}.name`),
      wikidata: optStr(o.wikidata, `${p}.wikidata`),
      aliases: list(o.aliases, `${p}.aliases`, str),
      offices: list(o.offices, `${p}.offices`, (ov, op) => {
        const office = obj(ov, op);
        return {
          actor: str(office.actor, `${op}.actor`),
          from: optDate(office.from, `${op}.from`),
          to: optDate(office.to, `${op}.to`),
        };
      }),
    };
  });
}

export function readTriggers(data: unknown): TriggerData[] {
  const root = obj(data, 'triggers.json');
  return list(root.triggers, 'triggers', (v, p) => {
    const o = obj(v, p);
    let roles: Record<string, Role> | null = null;
    if (o.roles !== undefined) {
      roles = {};
      for (const [marker, role] of Object.entries(obj(o.roles, `${p}.roles`))) {
        roles[marker] = oneOf(role, `${p}.roles.${marker}`, ['agent', 'target', 'pair'] as const);
      }
    }
    const confidence = o.confidence;
    if (
      confidence !== undefined &&
      (typeof confidence !== 'number' || confidence <= 0 || confidence > 1)
    ) {
      fail(`${p}.confidence`, 'a number in (0, 1]');
    }
    return {
      type: oneOf(o.type, `${p}.type`, RELATION_TYPES),
      lang: oneOf(o.lang, `${p}.lang`, LANGUAGES),
      pos: oneOf(o.pos, `${p}.pos`, ['verb', 'noun'] as const),
      phrases: list(o.phrases, `${p}.phrases`, str),
      roles,
      subject:
        o.subject === undefined
          ? 'agent'
          : oneOf(o.subject, `${p}.subject`, ['agent', 'target'] as const),
      collective: o.collective === true,
      compound: o.compound === true,
      near: near(o.near, `${p}.near`),
      particle: o.particle === undefined ? null : list(o.particle, `${p}.particle`, str),
      confidence: typeof confidence === 'number' ? confidence : null,
    };
  });
}

/** A phrase list per language; items are strings or objects with options. */
export function readPhrases(value: unknown, path: string): Record<Language, PhraseData[]> {
  const o = obj(value, path);
  const read = (lang: Language): PhraseData[] =>
    list(o[lang], `${path}.${lang}`, (v, p) => {
      if (typeof v === 'string')
        return {
          phrase: str(v, p),
          caseSensitive: false,
          near: null,
          speaker: 'either',
          final: false,
        };
      const item = obj(v, p);
      return {
        phrase: str(item.phrase, `${p}.phrase`),
        caseSensitive: item.caseSensitive === true,
        near: near(item.near, `${p}.near`),
        speaker:
          item.speaker === undefined
            ? 'either'
            : oneOf(item.speaker, `${p}.speaker`, ['before', 'after', 'either'] as const),
        final: item.final === true,
      };
    });
  return { de: read('de'), en: read('en') };
}

export function readWords(value: unknown, path: string): Record<Language, string[]> {
  const o = obj(value, path);
  return { de: list(o.de, `${path}.de`, str), en: list(o.en, `${path}.en`, str) };
}

export function readMap(value: unknown, path: string): Record<Language, Record<string, string>> {
  const o = obj(value, path);
  const read = (lang: Language): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(obj(o[lang] ?? {}, `${path}.${lang}`)))
      out[k] = str(v, `${path}.${lang}.${k}`);
    return out;
  };
  return { de: read('de'), en: read('en') };
}

export function readPronouns(
  value: unknown,
  path: string,
): Record<Language, { person: string[]; organisation: string[] }> {
  const o = obj(value, path);
  const read = (lang: Language) => {
    const p = obj(o[lang], `${path}.${lang}`);
    return {
      person: list(p.person, `${path}.${lang}.person`, str),
      organisation: list(p.organisation, `${path}.${lang}.organisation`, str),
    };
  };
  return { de: read('de'), en: read('en') };
}

export function readStrings(value: unknown, path: string): string[] {
  return list(value, path, str);
}

export function field(data: unknown, key: string, file: string): unknown {
  return obj(data, file)[key];
}
