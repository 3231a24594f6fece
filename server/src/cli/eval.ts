// `entente eval GOLD.json...`: extracts each gold file's article and prints precision, recall, F1
// and recall per relation type. Exits 1 when a gold file or its article cannot be read or is invalid.

import { access, readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { extract } from '../extract';
import { parseGold, type Gold } from '../eval/gold';
import { reportLines } from '../eval/report';
import { score, type Score } from '../eval/score';
import { parseArticleFile } from '../ingest/parse';
import { PROJECT_ROOT } from './paths';

const USAGE = 'usage: entente eval [--json] GOLD.json...';

type Out = (line: string) => void;

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/** The gold file's article: relative to the gold file, else by name in the project's seed/articles/. */
async function findArticle(goldFile: string, article: string): Promise<string | { error: string }> {
  const candidates = [
    resolve(dirname(goldFile), article),
    join(PROJECT_ROOT, 'seed', 'articles', basename(article)),
  ];
  for (const path of candidates) if (await exists(path)) return path;
  return { error: `article "${article}" not found (looked at ${candidates.join(' and ')})` };
}

async function readGold(file: string): Promise<Gold | { error: string }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return { error: `cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { error: `not valid JSON: ${(error as Error).message}` };
  }
  const parsed = parseGold(json);
  return 'error' in parsed ? { error: `not a gold file: ${parsed.error}` } : parsed.gold;
}

async function evaluate(
  file: string,
): Promise<{ article: string; score: Score } | { error: string }> {
  const gold = await readGold(file);
  if ('error' in gold) return gold;
  const path = await findArticle(file, gold.article);
  if (typeof path !== 'string') return path;
  const parsed = parseArticleFile(path, await readFile(path, 'utf8'));
  // As `entente extract` does: the language per paragraph, since articles quote the other language.
  const extraction = extract(parsed.text, { date: parsed.meta.publishedAt });
  return { article: path, score: score(extraction.mentions, gold) };
}

export async function runEval(argv: string[], out: Out, err: Out): Promise<number> {
  const json = argv.includes('--json');
  const files = argv.filter((a) => a !== '--json');
  if (argv.includes('-h') || argv.includes('--help')) {
    out(USAGE);
    return 0;
  }
  const unknown = files.find((a) => a.startsWith('-'));
  if (unknown || files.length === 0) {
    err(`entente eval: ${unknown ? `unknown option ${unknown}` : 'no gold files given'}`);
    err(USAGE);
    return 2;
  }
  let code = 0;
  const results: { file: string; article: string; score: Score }[] = [];
  for (const file of files) {
    const result = await evaluate(file);
    if ('error' in result) {
      err(`entente eval: ${file}: ${result.error}`);
      code = 1;
      continue;
    }
    results.push({ file, ...result });
    if (!json) for (const line of reportLines(file, result.article, result.score)) out(line);
  }
  if (json) out(JSON.stringify(results));
  return code;
}

export async function evalCommand(argv: string[]): Promise<number> {
  return runEval(
    argv,
    (line) => process.stdout.write(`${line}\n`),
    (line) => process.stderr.write(`${line}\n`),
  );
}
