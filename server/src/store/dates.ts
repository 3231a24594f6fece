// Article dates as instants (ms since the epoch), so date filters, firstSeen/lastSeen and months
// compare moments, not strings ("20:45+01:00" and "19:45Z" are the same instant).

import { InputError } from '../domain';

const BARE_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/** Milliseconds since the epoch of an ISO date, or null when absent or unparseable. */
export function toMs(iso: string | null | undefined): number | null {
  if (iso === null || iso === undefined) return null;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : ms;
}

/**
 * A filter bound as an instant; a bare date as `to` means the end of that UTC day. Undefined
 * stays null (no bound); anything unparseable is the caller's mistake.
 */
export function boundMs(
  value: string | undefined | null,
  name: string,
  end: boolean,
): number | null {
  if (value === undefined || value === null) return null;
  const ms = toMs(value);
  if (ms === null) throw new InputError(`${name} is not an ISO 8601 date: ${value}`);
  return end && BARE_DATE.test(value) ? ms + DAY_MS - 1 : ms;
}

// Reads turn the same few thousand summary instants into strings again and again, and
// toISOString costs about a microsecond; remembered here, bounded so memory stays small.
const ISO_CACHE_SIZE = 100_000;
const isoCache = new Map<number, string>();

export function isoOrNull(ms: number | null): string | null {
  if (ms === null) return null;
  let iso = isoCache.get(ms);
  if (iso === undefined) {
    iso = new Date(ms).toISOString();
    if (isoCache.size >= ISO_CACHE_SIZE) isoCache.clear();
    isoCache.set(ms, iso);
  }
  return iso;
}

/** `YYYY-MM` in UTC. */
export const monthOf = (ms: number): string => new Date(ms).toISOString().slice(0, 7);
