// Per-request DataLoaders, so nested fields cost one store call per level, not one per item.

import DataLoader from 'dataloader';
import type { Actor, Article, Evidence, Modality, Relation } from '../domain';
import { DEFAULT_MODALITIES } from '../domain';
import type { GraphStore } from '../store/store';

export interface Loaders {
  actor: DataLoader<string, Actor | null>;
  article: DataLoader<string, Article | null>;
  /** Key: `${modalities joined by ','}|${relationId}`. */
  evidence: DataLoader<string, Evidence[]>;
  /** Relations of an actor under the default modalities. */
  actorRelations: DataLoader<string, Relation[]>;
}

export function evidenceKey(relationId: string, modalities: readonly Modality[]): string {
  return `${[...modalities].sort().join(',')}|${relationId}`;
}

export function createLoaders(store: GraphStore): Loaders {
  return {
    actor: new DataLoader(async (ids) => {
      const byId = new Map((await store.actors(ids)).map((actor) => [actor.id, actor]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    article: new DataLoader(async (ids) => Promise.all(ids.map((id) => store.article(id)))),
    evidence: new DataLoader(loadEvidence(store)),
    actorRelations: new DataLoader(async (ids) => {
      const { edges } = await store.graph({ actors: ids, modalities: DEFAULT_MODALITIES });
      return ids.map((id) => edges.filter((edge) => edge.source === id || edge.target === id));
    }),
  };
}

function loadEvidence(store: GraphStore) {
  return async (keys: readonly string[]): Promise<Evidence[][]> => {
    // One store call per distinct modality set in the batch (usually one).
    const groups = new Map<string, string[]>();
    for (const key of keys) {
      const [modalities = '', relationId = ''] = splitKey(key);
      groups.set(modalities, [...(groups.get(modalities) ?? []), relationId]);
    }
    const found = new Map<string, Evidence[]>();
    for (const [modalities, relationIds] of groups) {
      const list = modalities === '' ? [] : (modalities.split(',') as Modality[]);
      for (const evidence of await store.evidence(relationIds, list)) {
        const key = `${modalities}|${evidence.relationId}`;
        found.set(key, [...(found.get(key) ?? []), evidence]);
      }
    }
    return keys.map((key) => found.get(key) ?? []);
  };
}

function splitKey(key: string): [string, string] {
  const bar = key.indexOf('|');
  return [key.slice(0, bar), key.slice(bar + 1)];
}
