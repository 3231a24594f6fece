// `entente extract [--lang de|en] FILE...`: prints every relation mention of the articles as one JSON line.

import { readFile } from 'node:fs/promises';
import { EntenteError, LANGUAGES, type Language } from '../domain';
import { extract } from '../extract';
import { parseArticleFile } from '../ingest/parse';

const USAGE = 'usage: entente extract [--lang de|en] FILE...';

type Args = { lang: Language | undefined; files: string[]; help: boolean } | { error: string };

function parseArgs(argv: string[]): Args {
  let lang: Language | undefined;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      files.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') return { lang, files, help: true };
    if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? argv[++i] : arg.slice('--lang='.length);
      if (value === undefined || !(LANGUAGES as readonly string[]).includes(value)) {
        return {
          error: `--lang must be one of ${LANGUAGES.join(', ')}${value === undefined ? '' : ` (got "${value}")`}`,
        };
      }
      lang = value as Language;
      continue;
    }
    if (arg.startsWith('-') && arg !== '-') return { error: `unknown option ${arg}` };
    files.push(arg);
  }
  if (files.length === 0) return { error: 'no files given' };
  return { lang, files, help: false };
}

function reason(error: unknown): string {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string')
    return error.code;
  return error instanceof Error ? error.message : String(error);
}

export async function runExtract(
  argv: string[],
  out: (line: string) => void,
  err: (line: string) => void,
): Promise<number> {
  const args = parseArgs(argv);
  if ('error' in args) {
    err(`entente extract: ${args.error}`);
    err(USAGE);
    return 2;
  }
  if (args.help) {
    out(USAGE);
    return 0;
  }
  let code = 0;
  for (const file of args.files) {
    let content: string;
    try {
      content = await readFile(file, 'utf8');
    } catch (error) {
      err(`entente extract: cannot read ${file}: ${reason(error)}`);
      code = 1;
      continue;
    }
    let parsed: ReturnType<typeof parseArticleFile>;
    try {
      parsed = parseArticleFile(file, content);
    } catch (error) {
      if (!(error instanceof EntenteError)) throw error;
      err(`entente extract: ${file}: ${error.message}`);
      code = 1;
      continue;
    }
    const extraction = extract(parsed.text, { lang: args.lang, date: parsed.meta.publishedAt });
    const names = new Map(extraction.actors.map((a) => [a.id, a.name]));
    for (const m of extraction.mentions) {
      out(
        JSON.stringify({
          file,
          source: m.source,
          sourceName: names.get(m.source) ?? m.source,
          type: m.type,
          target: m.target,
          targetName: names.get(m.target) ?? m.target,
          claimant: m.claimant,
          claimantName: m.claimantName,
          modality: m.modality,
          sentence: m.sentence,
          start: m.start,
          end: m.end,
          trigger: m.trigger,
          confidence: m.confidence,
        }),
      );
    }
  }
  return code;
}
