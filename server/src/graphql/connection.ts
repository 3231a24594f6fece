// Relay connections with opaque cursors: over the store's keyset pages (a cursor is the store
// cursor of the page plus how many items of it were already seen) or over a list in memory.

import { InputError } from '../domain';
import type { Page, PageOptions } from '../store/store';

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  totalCount: number;
}

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
}

export const DEFAULT_FIRST = 50;
export const MAX_FIRST = 200;
/** The most items the store returns per page. */
const STORE_PAGE = 500;

export function pageLength(first: number | null | undefined): number {
  const size = first ?? DEFAULT_FIRST;
  if (!Number.isInteger(size) || size < 1 || size > MAX_FIRST) {
    throw new InputError(`first must be an integer from 1 to ${MAX_FIRST}`);
  }
  return size;
}

function encode(value: unknown[]): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

function decode(cursor: string, kind: string): unknown[] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value[0] === kind) return value.slice(1);
  } catch {
    // reported below
  }
  throw new InputError('after is not a cursor of this list');
}

function connection<T>(
  nodes: T[],
  cursors: string[],
  hasNextPage: boolean,
  after: string | null | undefined,
  totalCount: number,
): Connection<T> {
  return {
    edges: nodes.map((node, i) => ({ cursor: cursors[i] ?? '', node })),
    nodes,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: after !== null && after !== undefined,
      startCursor: cursors[0] ?? null,
      endCursor: cursors[cursors.length - 1] ?? null,
    },
    totalCount,
  };
}

/**
 * A connection over one of the store's paged lists. A cursor holds the store cursor a page
 * started from and the items of that page already passed, so every edge has its own cursor.
 */
export async function storeConnection<T>(
  kind: string,
  args: ConnectionArgs,
  fetchPage: (options: PageOptions) => Promise<Page<T>>,
): Promise<Connection<T>> {
  const first = pageLength(args.first);
  const [givenAfter, givenSkip] = args.after ? decode(args.after, kind) : [null, 0];
  if (
    (givenAfter !== null && typeof givenAfter !== 'string') ||
    typeof givenSkip !== 'number' ||
    !Number.isInteger(givenSkip) ||
    givenSkip < 0
  ) {
    throw new InputError('after is not a cursor of this list');
  }
  let storeAfter: string | null = givenAfter;
  let skip = givenSkip;
  // Walks past whole store pages first when a cursor asks to skip many items.
  while (skip + first > STORE_PAGE) {
    const passed = await fetchPage({ first: STORE_PAGE, after: storeAfter });
    if (!passed.hasNextPage || passed.endCursor === null) {
      return connection([], [], false, args.after, passed.totalCount);
    }
    storeAfter = passed.endCursor;
    skip -= STORE_PAGE;
  }
  const page = await fetchPage({ first: skip + first, after: storeAfter });
  const nodes = page.items.slice(skip);
  const cursors = nodes.map((_, i) =>
    i === nodes.length - 1 && page.endCursor !== null
      ? encode([kind, page.endCursor, 0])
      : encode([kind, storeAfter, skip + i + 1]),
  );
  return connection(nodes, cursors, page.hasNextPage, args.after, page.totalCount);
}

/** A connection over a list held in memory; a cursor names the item it follows by its key. */
export function listConnection<T>(
  kind: string,
  items: readonly T[],
  keyOf: (item: T) => string,
  args: ConnectionArgs,
): Connection<T> {
  const first = pageLength(args.first);
  let start = 0;
  if (args.after) {
    const [key] = decode(args.after, kind);
    const index = items.findIndex((item) => keyOf(item) === key);
    if (typeof key !== 'string' || index < 0) {
      throw new InputError('after names an item no longer in this list');
    }
    start = index + 1;
  }
  const nodes = items.slice(start, start + first);
  const cursors = nodes.map((node) => encode([kind, keyOf(node)]));
  return connection(nodes, cursors, start + first < items.length, args.after, items.length);
}
