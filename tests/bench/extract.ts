// Bench suite `extract`: extractor throughput on a generated ≥ 20 MB corpus (German and English),
// against a floor measured in the same run over the same text: paragraph split → Intl.Segmenter
// sentences → a Unicode word regex. Both stream the file by paragraph, so memory stays flat.

import { createReadStream, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ArticleReader, defaultLexicon } from '../../server/src/extract';
import { writeCorpus } from './corpus';

const MIN_BYTES = Number(process.env['BENCH_CORPUS_MB'] ?? 20) * 1024 * 1024;
const SEED = 20241110;
const TARGET_RATIO = 0.25;
const MEMORY_LIMIT_MB = 512;

interface Pass {
  name: string;
  seconds: number;
  sentences: number;
  extra: Record<string, number>;
}

interface Block {
  texts: string[];
  starts: number[];
}

/**
 * Calls `each` with blocks of about 1 MB of paragraphs (non-empty lines with their offsets), reading
 * the file 1 MB at a time: the file is never held whole.
 */
async function forEachBlock(path: string, each: (block: Block) => void): Promise<void> {
  let rest = '';
  let offset = 0;
  let block: Block = { texts: [], starts: [] };
  let size = 0;
  const add = (line: string) => {
    const trimmed = line.trim();
    if (trimmed !== '') {
      block.texts.push(trimmed);
      block.starts.push(offset + line.indexOf(trimmed));
      size += line.length;
    }
    offset += line.length + 1;
    if (size >= 1 << 20) {
      each(block);
      block = { texts: [], starts: [] };
      size = 0;
    }
  };
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
  for await (const chunk of stream as AsyncIterable<string>) {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) add(line);
  }
  if (rest !== '') add(rest);
  if (block.texts.length > 0) each(block);
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The floor: paragraph → Intl.Segmenter sentences → words by a Unicode regex. */
class Floor {
  private readonly segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  sentences = 0;
  words = 0;

  read(text: string): void {
    for (const segment of this.segmenter.segment(text)) {
      this.sentences++;
      const text = segment.segment;
      WORD.lastIndex = 0;
      while (WORD.exec(text) !== null) this.words++;
    }
  }
}

/**
 * Runs floor and extractor block by block, each block first through one then the other, so both
 * see the same text under the same machine load (other processes share this machine).
 */
async function measure(path: string): Promise<[Pass, Pass]> {
  const floor = new Floor();
  const reader = new ArticleReader(defaultLexicon(), { date: '2024-11-10' });
  let floorMs = 0;
  let extractMs = 0;
  let mentions = 0;
  await forEachBlock(path, ({ texts, starts }) => {
    let t = performance.now();
    for (const text of texts) floor.read(text);
    floorMs += performance.now() - t;
    t = performance.now();
    texts.forEach((text, i) => {
      const start = starts[i]!;
      mentions += reader.read({ text, start, end: start + text.length }).length;
    });
    extractMs += performance.now() - t;
  });
  return [
    {
      name: 'floor',
      seconds: floorMs / 1000,
      sentences: floor.sentences,
      extra: { words: floor.words },
    },
    {
      name: 'extract',
      seconds: extractMs / 1000,
      sentences: reader.sentences,
      extra: { mentions, actors: reader.actors.length },
    },
  ];
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'entente-corpus-'));
  const path = join(dir, 'corpus.txt');
  try {
    const { bytes } = writeCorpus(path, MIN_BYTES, SEED);
    const mb = statSync(path).size / (1024 * 1024);
    // Both passes first run over a small corpus of their own, so the figures measure steady
    // state rather than lexicon compilation and JIT warm-up.
    const warmup = join(dir, 'warmup.txt');
    writeCorpus(warmup, 1024 * 1024, SEED + 1);
    await measure(warmup);
    const [floor, extraction] = await measure(path);
    const figure = (p: Pass) => ({
      ...p,
      mbPerSecond: mb / p.seconds,
      sentencesPerSecond: p.sentences / p.seconds,
      charsPerSentence: (mb * 1024 * 1024) / p.sentences,
    });
    const f = figure(floor);
    const e = figure(extraction);
    const peakRssMb = process.resourceUsage().maxRSS / 1024;
    const result = {
      date: new Date().toISOString(),
      machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`,
      corpus: { bytes, mb, seed: SEED },
      floor: f,
      extract: e,
      ratio: e.mbPerSecond / f.mbPerSecond,
      targetRatio: TARGET_RATIO,
      peakRssMb,
      memoryLimitMb: MEMORY_LIMIT_MB,
    };
    mkdirSync('bench-results', { recursive: true });
    writeFileSync(join('bench-results', 'extract.json'), `${JSON.stringify(result, null, 2)}\n`);
    console.log(`${result.date} on ${result.machine}; corpus ${mb.toFixed(1)} MB`);
    for (const p of [f, e]) {
      console.log(
        `${p.name.padEnd(8)} ${p.mbPerSecond.toFixed(2).padStart(7)} MB/s ` +
          `${Math.round(p.sentencesPerSecond).toString().padStart(8)} sentences/s ` +
          `(${p.sentences} sentences of ~${Math.round(p.charsPerSentence)} bytes in ` +
          `${p.seconds.toFixed(2)} s) ${JSON.stringify(p.extra)}`,
      );
    }
    console.log(
      `ratio ${result.ratio.toFixed(3)} (target ≥ ${TARGET_RATIO}); peak RSS ${peakRssMb.toFixed(0)} MB ` +
        `(limit ${MEMORY_LIMIT_MB} MB)`,
    );
    console.log('written to bench-results/extract.json');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
