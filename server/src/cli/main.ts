// `entente <command>`: dispatches to the command modules.

import { loadSettings } from '../config';
import { EntenteError } from '../domain';
import { installLexiconFile } from '../ingest/lexicon-file';

const USAGE = `Usage: entente <command> [options]

Commands:
  serve [--port N] [--host H] [--no-seed] [--build-client]
                          serve the explorer at /, GraphQL at /graphql, /healthz
  dev                     server with reload plus the Vite dev server
  extract [--lang de|en] FILE...
                          print the relation mentions of articles as JSON lines
  ingest [--store sqlite|neo4j] [--json] PATH...
                          add articles (.txt, .md, .html, .jsonl; folders, globs) to the store
  export --format graphml|gexf|cyjs|csv|json [--out FILE] [filters]
                          write the graph for Gephi, Cytoscape, neo4j-admin import or scripts
  eval GOLD.json...       precision, recall, F1 and recall per type against gold files
  neo4j [--port N] [--data DIR]
                          run a local Neo4j 5.26 server for development and tests

Settings come from the environment: PORT, HOST, DATA_DIR, NEO4J_URI, NEO4J_USER,
NEO4J_PASSWORD, API_TOKEN, ENTENTE_LEXICON (see README.md).`;

type Command = (argv: string[]) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  serve: async () => (await import('./serve-command')).serveCommand,
  dev: async () => (await import('./dev')).devCommand,
  extract: async () => {
    const { runExtract } = await import('./extract');
    return (argv) =>
      runExtract(
        argv,
        (line) => process.stdout.write(`${line}\n`),
        (line) => process.stderr.write(`${line}\n`),
      );
  },
  ingest: async () => (await import('./ingest')).ingestCommand,
  eval: async () => (await import('./eval')).evalCommand,
  export: async () => (await import('./export')).exportCommand,
  neo4j: async () => {
    const { main } = await import('./neo4j');
    return async (argv) => {
      await main(argv);
      return 0;
    };
  },
};

export async function main(argv: string[]): Promise<void> {
  // `entente extract … | head` closes the pipe early: stop quietly, as Unix tools do.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const load = COMMANDS[name];
  if (!load) {
    process.stderr.write(`entente: unknown command "${name}"\n\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  try {
    // Every command extracts or serves extraction, so the user's lexicon applies to all of them.
    installLexiconFile(loadSettings().lexicon);
    const code = await (await load())(rest);
    if (code !== 0) process.exitCode = code;
  } catch (error) {
    if (error instanceof EntenteError) {
      process.stderr.write(`entente ${name}: ${error.message} [${error.code}]\n`);
    } else {
      process.stderr.write(`entente ${name}: ${(error as Error).stack ?? String(error)}\n`);
    }
    process.exitCode = 1;
  }
}
