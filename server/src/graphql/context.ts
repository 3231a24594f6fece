// The typed context every resolver receives: the store, per-request loaders, who is asking.

import { createHash, timingSafeEqual } from 'node:crypto';
import type { Settings } from '../config';
import type { GraphStore } from '../store/store';
import type { ChangeBus } from './changes/pubsub';
import { unauthenticated } from './errors';
import { createLoaders, type Loaders } from './loaders';

export interface EntenteContext {
  store: GraphStore;
  loaders: Loaders;
  /** Whether this request may run mutations. */
  mayMutate: boolean;
  /** Why not, when it may not. */
  mutationRefusal: string | null;
  /** Where mutations announce changes to subscribers. */
  changes: ChangeBus;
}

export interface ContextOptions {
  store: GraphStore;
  settings: Pick<Settings, 'apiToken' | 'host'>;
  changes: ChangeBus;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export function createContext(options: ContextOptions, request: Request): EntenteContext {
  const refusal = mutationRefusal(options.settings, request.headers.get('authorization'));
  return {
    store: options.store,
    loaders: createLoaders(options.store),
    mayMutate: refusal === null,
    mutationRefusal: refusal,
    changes: options.changes,
  };
}

/** Throws UNAUTHENTICATED unless this request may run mutations. */
export function requireMutation(ctx: EntenteContext): void {
  if (!ctx.mayMutate) throw unauthenticated(ctx.mutationRefusal ?? 'mutations are refused');
}

function mutationRefusal(
  settings: ContextOptions['settings'],
  authorization: string | null,
): string | null {
  if (settings.apiToken) {
    return sameSecret(authorization ?? '', `Bearer ${settings.apiToken}`)
      ? null
      : 'mutations need the header Authorization: Bearer <API_TOKEN>';
  }
  if (!LOOPBACK.has(settings.host)) {
    return 'this server listens beyond loopback without API_TOKEN, so it refuses all mutations';
  }
  return null;
}

/** Compares in constant time (over hashes, so lengths leak nothing either). */
function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
