// What the commands that open a store (ingest, export) share: usage errors and `--store`.

import { loadSettings, type Settings } from '../config';

/** A mistake in the command line: exit status 2. */
export class UsageError extends Error {}

/** Settings for `--store`: sqlite ignores NEO4J_URI, neo4j requires it. */
export function settingsForStore(
  store: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): Settings {
  if (store === undefined) return loadSettings(env);
  if (store === 'sqlite') return loadSettings({ ...env, NEO4J_URI: '' });
  if (store === 'neo4j') {
    if (!env['NEO4J_URI']?.trim()) throw new UsageError('--store neo4j needs NEO4J_URI');
    return loadSettings(env);
  }
  throw new UsageError(`--store must be sqlite or neo4j, not "${store}"`);
}

/**
 * Parses a command's arguments and the settings for its `--store`. Returns the exit status
 * instead when the command is done already: 0 after `--help`, 2 after a usage error.
 */
export function readCommandLine<T extends { store: string | undefined }>(
  name: string,
  usage: string,
  parse: () => T | { help: true },
): { options: T; settings: Settings } | number {
  try {
    const parsed = parse();
    if ('help' in parsed) {
      process.stdout.write(`${usage}\n`);
      return 0;
    }
    return { options: parsed, settings: settingsForStore(parsed.store) };
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`entente ${name}: ${error.message}\n${usage}\n`);
    return 2;
  }
}
