// Bench suite `pipeline`: extraction and ingest of the seed articles against a floor measured in
// the same run (hashing the same text).

import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { extract } from '../../server/src/extract';
import { parseArticleFile } from '../../server/src/ingest/parse';
import { articleId } from '../../server/src/ingest/normalise';
import { ingestArticle } from '../../server/src/ingest/pipeline';
import { createSqliteStore } from '../../server/src/store/sqlite';

const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 5);
const SEED_DIR = join(import.meta.dirname, '..', '..', 'seed', 'articles');

interface Figure {
  name: string;
  perSecond: number;
  charsPerSecond: number;
  ratioToFloor: number;
}

function measure(name: string, texts: string[], work: (text: string) => unknown) {
  const chars = texts.reduce((n, text) => n + text.length, 0);
  let rounds = 0;
  const started = performance.now();
  while (performance.now() - started < SECONDS * 1000) {
    for (const text of texts) work(text);
    rounds += 1;
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    name,
    perSecond: (rounds * texts.length) / seconds,
    charsPerSecond: (rounds * chars) / seconds,
  };
}

export async function run(): Promise<void> {
  const articles = readdirSync(SEED_DIR)
    .filter((file) => /\.(md|txt)$/.test(file))
    .map((file) => parseArticleFile(file, readFileSync(join(SEED_DIR, file), 'utf8')));
  const texts = articles.map((article) => article.text);

  const floor = measure('floor: normalise + SHA-256 of the text', texts, articleId);
  const extraction = measure('extract (all steps, no store)', texts, (text) => extract(text));

  const dir = mkdtempSync(join(tmpdir(), 'entente-bench-'));
  const store = createSqliteStore({ dataDir: dir });
  await store.init();
  let n = 0;
  const started = performance.now();
  while (performance.now() - started < SECONDS * 1000) {
    for (const article of articles) {
      // A counter in the text makes each article new, so every round really writes.
      await ingestArticle(store, { ...article.meta, text: `${article.text}\n${(n += 1)}` });
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const chars = texts.reduce((sum, text) => sum + text.length, 0);
  const ingest = {
    name: 'ingest into SQLite (extract + one transaction)',
    perSecond: n / seconds,
    charsPerSecond: (n * chars) / texts.length / seconds,
  };
  await store.close();
  rmSync(dir, { recursive: true, force: true });

  const figures: Figure[] = [floor, extraction, ingest].map((figure) => ({
    ...figure,
    ratioToFloor: figure.perSecond / floor.perSecond,
  }));
  const result = {
    date: new Date().toISOString(),
    machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`,
    secondsPerFigure: SECONDS,
    articles: texts.length,
    figures,
  };
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(join('bench-results', 'pipeline.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(`${result.date} on ${result.machine}`);
  for (const f of figures) {
    console.log(
      `${f.name.padEnd(48)} ${f.perSecond.toFixed(1).padStart(10)} articles/s ` +
        `${(f.charsPerSecond / 1e6).toFixed(2).padStart(7)} M chars/s  ratio to floor ${f.ratioToFloor.toPrecision(3)}`,
    );
  }
  console.log('written to bench-results/pipeline.json');
}
