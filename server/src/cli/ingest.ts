// The `ingest` command: adds article files to the configured store and reports each outcome.

import { loadSettings } from '../config';
import { EntenteError } from '../domain';
import { ingestFile } from '../ingest/files';
import { openStore } from '../store/open-store';

export async function ingestCommand(argv: string[]): Promise<number> {
  const files = argv.filter((arg) => !arg.startsWith('--'));
  if (files.length === 0) {
    process.stderr.write('usage: entente ingest FILE...\n');
    return 2;
  }
  const store = await openStore(loadSettings());
  let created = 0;
  let unchanged = 0;
  const failed: string[] = [];
  try {
    for (const file of files) {
      try {
        const outcome = await ingestFile(store, file);
        if (outcome.created) created += 1;
        else unchanged += 1;
        process.stdout.write(`${outcome.created ? 'created  ' : 'unchanged'} ${file}\n`);
      } catch (error) {
        if (!(error instanceof EntenteError) && !isFileError(error)) throw error;
        failed.push(`${file}: ${(error as Error).message}`);
        process.stdout.write(`failed    ${file}: ${(error as Error).message}\n`);
      }
    }
  } finally {
    await store.close();
  }
  process.stdout.write(`${created} created, ${unchanged} unchanged, ${failed.length} failed\n`);
  return failed.length > 0 ? 1 : 0;
}

function isFileError(error: unknown): boolean {
  return error instanceof Error && 'code' in error && typeof error.code === 'string';
}
