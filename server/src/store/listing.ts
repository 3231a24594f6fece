// Lists both stores answer from the same small inputs: actors (few: hundreds, so searched and
// paged here), stats months, and the ordering of corrections.

import type {
  Actor,
  ActorAlias,
  ActorMerge,
  Corrections,
  Language,
  Modality,
  MonthCount,
  RelationType,
  StoreStats,
} from '../domain';
import { InputError, LANGUAGES, MODALITIES, RELATION_TYPES } from '../domain';
import { compareStrings } from './aggregate';
import { monthOf } from './dates';
import { decodeCursor, encodeCursor, pageSize, toPage } from './paging';
import type { ActorPageOptions, Page } from './store';

const fold = (text: string): string => text.toLowerCase();

export function pageActors(
  actors: readonly Actor[],
  aliases: readonly ActorAlias[],
  options: ActorPageOptions,
): Page<Actor> {
  const size = pageSize(options.first);
  const after = decodeCursor(options.after, 'actor', 'ss');
  const needle = options.search ? fold(options.search) : null;
  const kinds = options.kinds ? new Set(options.kinds) : null;
  const aliasesOf = new Map<string, string[]>();
  for (const { actorId, alias } of aliases) {
    aliasesOf.set(actorId, [...(aliasesOf.get(actorId) ?? []), fold(alias)]);
  }
  const matches = actors
    .filter((actor) => kinds === null || kinds.has(actor.kind))
    .filter(
      (actor) =>
        needle === null ||
        [fold(actor.id), fold(actor.name), ...(aliasesOf.get(actor.id) ?? [])].some((text) =>
          text.includes(needle),
        ),
    )
    .sort((a, b) => compareStrings(a.name, b.name) || compareStrings(a.id, b.id));
  const [name, id] = (after ?? []) as [string?, string?];
  const rest =
    name === undefined || id === undefined
      ? matches
      : matches.filter(
          (actor) => compareStrings(actor.name, name) > 0 || (actor.name === name && actor.id > id),
        );
  return toPage(rest.slice(0, size + 1), size, matches.length, (actor) =>
    encodeCursor('actor', [actor.name, actor.id]),
  );
}

export interface StatsTotals {
  actors: number;
  articles: number;
  mentions: number;
  relations: number;
}

/** Stats from the rows each store counts; every type and modality present, 0 when absent. */
export function toStats(
  totals: StatsTotals,
  byType: readonly { type: RelationType; mentions: number; relations: number }[],
  byModality: readonly { modality: Modality; mentions: number }[],
  dated: readonly { ms: number; mentions: number }[],
): StoreStats {
  const zeroTypes = () =>
    Object.fromEntries(RELATION_TYPES.map((type) => [type, 0])) as Record<RelationType, number>;
  const mentionsByType = zeroTypes();
  const relationsByType = zeroTypes();
  for (const row of byType) {
    mentionsByType[row.type] = row.mentions;
    relationsByType[row.type] = row.relations;
  }
  const mentionsByModality = Object.fromEntries(MODALITIES.map((m) => [m, 0])) as Record<
    Modality,
    number
  >;
  for (const row of byModality) mentionsByModality[row.modality] = row.mentions;
  return {
    actors: totals.actors,
    articles: totals.articles,
    mentions: totals.mentions,
    relations: totals.relations,
    mentionsByType,
    relationsByType,
    mentionsByModality,
    months: monthCounts(dated),
  };
}

/** Articles and mentions per UTC month, from (publishedMs, mentions) per dated article. */
export function monthCounts(rows: readonly { ms: number; mentions: number }[]): MonthCount[] {
  const months = new Map<string, MonthCount>();
  for (const { ms, mentions } of rows) {
    const month = monthOf(ms);
    const seen = months.get(month) ?? { month, articles: 0, mentions: 0 };
    seen.articles += 1;
    seen.mentions += mentions;
    months.set(month, seen);
  }
  return [...months.values()].sort((a, b) => compareStrings(a.month, b.month));
}

export function sortCorrections(merges: ActorMerge[], aliases: ActorAlias[]): Corrections {
  return {
    merges: merges.sort((a, b) => compareStrings(a.from, b.from)),
    aliases: aliases.sort(
      (a, b) =>
        compareStrings(a.actorId, b.actorId) ||
        compareStrings(a.alias, b.alias) ||
        compareStrings(a.lang ?? '', b.lang ?? ''),
    ),
  };
}

/** A trimmed, non-empty alias; lang one of the supported languages or null. */
export function checkAlias(alias: string, lang: Language | null | undefined): ActorAlias['alias'] {
  const trimmed = alias.trim();
  if (trimmed.length === 0) throw new InputError('alias must not be empty');
  if (lang !== null && lang !== undefined && !(LANGUAGES as readonly string[]).includes(lang)) {
    throw new InputError(`unknown alias language ${String(lang)}`);
  }
  return trimmed;
}

export function checkMerge(keepId: string, dropId: string): void {
  if (keepId === dropId) throw new InputError('cannot merge an actor into itself');
}

/** Where a merge leads: the id after every recorded merge (merges are kept flat). */
export const resolveMerge = (merges: ReadonlyMap<string, string>, id: string): string =>
  merges.get(id) ?? id;

/** An alias as stored: lang '' (or null) for "any language". */
export function toAlias(row: { actorId: string; alias: string; lang: string | null }): ActorAlias {
  return {
    actorId: row.actorId,
    alias: row.alias,
    lang: row.lang === '' || row.lang === null ? null : (row.lang as Language),
  };
}
