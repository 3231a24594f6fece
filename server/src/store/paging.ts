// Keyset paging shared by both stores: validated page sizes and opaque cursors that carry the
// sort key of the last item, so a page never skips or repeats items when others are added.

import { InputError } from '../domain';
import type { Page } from './store';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

export function pageSize(first: number | undefined): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new InputError(`first must be an integer from 1 to ${MAX_PAGE_SIZE}`);
  }
  return size;
}

export type CursorKey = (string | number | null)[];

export function encodeCursor(kind: string, key: CursorKey): string {
  return Buffer.from(JSON.stringify([kind, ...key]), 'utf8').toString('base64url');
}

/**
 * The key inside a cursor of this kind with these field types ('s' string, 'n' number,
 * 'N' number or null), or null when there is no cursor; a foreign or damaged cursor is an input error.
 */
export function decodeCursor(
  cursor: string | null | undefined,
  kind: string,
  shape: string,
): CursorKey | null {
  if (cursor === undefined || cursor === null) return null;
  const bad = () => new InputError('after is not a cursor of this list');
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw bad();
  }
  if (!Array.isArray(parsed) || parsed.length !== shape.length + 1 || parsed[0] !== kind) {
    throw bad();
  }
  const key = parsed.slice(1) as unknown[];
  const fits = [...shape].every((type, i) => {
    const value = key[i];
    if (type === 's') return typeof value === 'string';
    if (type === 'n') return typeof value === 'number' && Number.isFinite(value);
    return value === null || (typeof value === 'number' && Number.isFinite(value));
  });
  if (!fits) throw bad();
  return key as CursorKey;
}

/** A page from up to `size + 1` fetched items (the extra one only tells there is a next page). */
export function toPage<T>(
  fetched: T[],
  size: number,
  totalCount: number,
  cursorOf: (item: T) => string,
): Page<T> {
  const items = fetched.slice(0, size);
  const last = items[items.length - 1];
  return {
    items,
    totalCount,
    endCursor: last === undefined ? null : cursorOf(last),
    hasNextPage: fetched.length > size,
  };
}
