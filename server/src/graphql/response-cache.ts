// Answers a query that was answered before, while the data has not changed, from memory: the
// serialised JSON of the earlier result, without parsing, executing or serialising again.
//
// Only queries are cached, only results without errors, and only while the store's data
// version is the one they were computed at (a write by this or any other process changes it).
// Query results do not depend on who asks (tokens only gate mutations), so the cache is shared.
// The key also carries today's date: office holders map to actors by date.

import { getOperationAST, type ExecutionResult } from 'graphql';
import type { GraphQLParams, Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import type { GraphStore } from '../store/store';

export interface ResponseCacheOptions {
  /** Memory for cached responses, in bytes; 0 turns the cache off. */
  maxBytes: number;
  /** Results larger than this are not cached (default: a quarter of maxBytes). */
  maxEntryBytes?: number;
}

export interface ResponseCacheStats {
  hits: number;
  misses: number;
  entries: number;
  bytes: number;
}

interface Entry {
  data: unknown;
  json: string;
}

interface Serialised {
  stringify: () => string;
}

interface Pending {
  key: string;
  isQuery: boolean;
}

export interface ResponseCache {
  plugin: Plugin;
  stats(): ResponseCacheStats;
}

const today = () => new Date().toISOString().slice(0, 10);

function cacheKey(params: GraphQLParams, version: string): string {
  return JSON.stringify([
    version,
    today(),
    params.query ?? null,
    params.operationName ?? null,
    params.variables ?? null,
    params.extensions ?? null,
  ]);
}

export function createResponseCache(
  store: GraphStore,
  options: ResponseCacheOptions,
): ResponseCache {
  const maxEntryBytes = options.maxEntryBytes ?? Math.floor(options.maxBytes / 4);
  const entries = new LRUCache<string, Entry>({
    maxSize: Math.max(1, options.maxBytes),
    // UTF-16 in memory: two bytes a character, twice (the string and the parsed data).
    sizeCalculation: (entry) => Math.max(1, entry.json.length * 4),
  });
  const pending = new WeakMap<Request, Pending>();
  let hits = 0;
  let misses = 0;

  const plugin: Plugin = {
    async onParams({ params, request, setResult }) {
      if (options.maxBytes <= 0 || typeof params.query !== 'string') return;
      const version = await store.dataVersion().catch(() => null);
      if (version === null) return;
      const key = cacheKey(params, version);
      const entry = entries.get(key);
      if (entry) {
        hits += 1;
        // yoga serialises a result through its `stringify` when it has one.
        const cached: ExecutionResult & Serialised = {
          data: entry.data as Record<string, unknown>,
          stringify: () => entry.json,
        };
        setResult(cached);
        return;
      }
      misses += 1;
      pending.set(request, { key, isQuery: false });
    },
    onExecute({ args }) {
      const request = (args.contextValue as { request?: Request }).request;
      const waiting = request ? pending.get(request) : undefined;
      if (waiting) {
        waiting.isQuery = getOperationAST(args.document, args.operationName)?.operation === 'query';
      }
    },
    onExecutionResult({ request, result, setResult }) {
      const waiting = pending.get(request);
      pending.delete(request);
      if (!waiting?.isQuery || !result || Symbol.asyncIterator in result) return;
      if (result.errors?.length || result.extensions || result.data == null) return;
      const json = JSON.stringify(result);
      if (json.length * 4 <= maxEntryBytes) entries.set(waiting.key, { data: result.data, json });
      // Serialised once: the response reuses it.
      setResult({ ...result, stringify: () => json });
    },
  };

  return {
    plugin,
    stats: () => ({ hits, misses, entries: entries.size, bytes: entries.calculatedSize }),
  };
}
