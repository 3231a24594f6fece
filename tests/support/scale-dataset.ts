// The explorer's scale dataset: 2,000 actors and 10,000 relations written into a store through
// its public `ingest`, as synthetic articles whose graphs are given (no extraction). Seeded, so
// every run draws the same graph. Run directly to fill a data directory (then `DATA_DIR=DIR npm start`):
//   npx tsx tests/support/scale-dataset.ts DIR [--actors 2000] [--relations 10000]

import { createHash } from 'node:crypto';
import type { Actor, ActorKind, Article, RelationMention } from '../../server/src/domain';
import { MODALITIES, RELATION_TYPES } from '../../server/src/domain';
import type { GraphStore, IngestItem } from '../../server/src/store/store';
import { prng } from './generate';

export interface ScaleOptions {
  actors?: number;
  relations?: number;
  /** Relation mentions per synthetic article. */
  perArticle?: number;
  seed?: number;
}

const KINDS: readonly ActorKind[] = ['STATE', 'STATE', 'STATE', 'ORGANISATION', 'REGION', 'PERSON'];
const PUBLISHERS = ['Wire A', 'Wire B', 'Daily C', 'Gazette D', 'Herald E'];

export function scaleActors(count: number): Actor[] {
  const random = prng(7);
  return Array.from({ length: count }, (_, i) => ({
    id: `S${String(i).padStart(4, '0')}`,
    name: `Actor ${i}`,
    kind: KINDS[Math.floor(random() * KINDS.length)] ?? 'STATE',
    wikidata: null,
  }));
}

/** Distinct (source, type, target) triples; preferential attachment gives a few hubs. */
function relationTriples(actors: readonly Actor[], count: number, random: () => number) {
  const seen = new Set<string>();
  const triples: { source: string; type: (typeof RELATION_TYPES)[number]; target: string }[] = [];
  const pick = () => actors[Math.floor(actors.length * random() ** 2)]!;
  while (triples.length < count) {
    const source = pick();
    const target = actors[Math.floor(random() * actors.length)]!;
    const type = RELATION_TYPES[Math.floor(random() * RELATION_TYPES.length)]!;
    if (source.id === target.id) continue;
    const key = `${source.id}:${type}:${target.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    triples.push({ source: source.id, type, target: target.id });
  }
  return triples;
}

export function scaleItems(options: ScaleOptions = {}): IngestItem[] {
  const { actors: actorCount = 2000, relations = 10_000, perArticle = 25, seed = 42 } = options;
  const random = prng(seed);
  const actors = scaleActors(actorCount);
  const byId = new Map(actors.map((a) => [a.id, a]));
  const triples = relationTriples(actors, relations, random);
  const items: IngestItem[] = [];
  for (let at = 0; at < triples.length; at += perArticle) {
    const n = items.length;
    const mentions: RelationMention[] = [];
    let text = '';
    for (const t of triples.slice(at, at + perArticle)) {
      const sentence = `${byId.get(t.source)!.name} ${t.type.toLowerCase().replaceAll('_', ' ')} ${byId.get(t.target)!.name}.`;
      const start = text.length;
      text += sentence + ' ';
      const roll = random();
      mentions.push({
        ...t,
        claimant: null,
        claimantName: null,
        modality: roll < 0.8 ? 'ASSERTED' : (MODALITIES[1 + Math.floor(random() * 3)] ?? 'HEDGED'),
        sentence,
        start,
        end: start + sentence.length,
        trigger: t.type.toLowerCase().split('_')[0] ?? 'x',
        confidence: 0.9,
      });
    }
    text = text.trim();
    const month = 1 + (n % 12);
    const article: Article = {
      id: createHash('sha256').update(text).digest('hex'),
      lang: 'en',
      text,
      title: `Synthetic report ${n}`,
      url: null,
      source: PUBLISHERS[n % PUBLISHERS.length] ?? null,
      author: null,
      publishedAt: `2024-${String(month).padStart(2, '0')}-15T12:00:00.000Z`,
      ingestedAt: new Date(0).toISOString(),
    };
    const used = new Set(mentions.flatMap((m) => [m.source, m.target]));
    items.push({ article, graph: { actors: [...used].map((id) => byId.get(id)!), mentions } });
  }
  return items;
}

/** Writes the dataset through `ingest`, article by article; returns the number of articles. */
export async function loadScaleDataset(
  store: GraphStore,
  options: ScaleOptions = {},
): Promise<number> {
  const items = scaleItems(options);
  for (const item of items) await store.ingest(item.article, item.graph);
  return items.length;
}

/** `[DIR] [--actors N] [--relations M]`: DIR overrides DATA_DIR. */
function cliOptions(args: readonly string[]): { dataDir?: string; options: ScaleOptions } {
  const options: ScaleOptions = {};
  let dataDir: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--actors' || arg === '--relations') {
      const value = Number(args[++i]);
      if (!Number.isInteger(value) || value < 2) throw new Error(`${arg} needs a whole number`);
      options[arg === '--actors' ? 'actors' : 'relations'] = value;
    } else dataDir = arg;
  }
  return { dataDir, options };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { loadSettings } = await import('../../server/src/config');
  const { openStore } = await import('../../server/src/store/open-store');
  const { dataDir, options } = cliOptions(process.argv.slice(2));
  const store = await openStore(loadSettings(process.env, dataDir ? { dataDir } : {}));
  const started = Date.now();
  const articles = await loadScaleDataset(store, options);
  const stats = await store.stats();
  await store.close();
  console.log(
    `scale dataset: ${articles} articles, ${stats.actors} actors, ${stats.relations} relations in ${Date.now() - started} ms`,
  );
}
