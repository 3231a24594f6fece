// A worker thread of the extraction pool: runs the pure extractor on the texts it is sent.

import { parentPort } from 'node:worker_threads';
import { loadSettings } from '../config';
import { extract } from '../extract';
import { installLexiconFile } from './lexicon-file';
import type { ExtractJob, ExtractReply } from './extract-pool';

// Workers have their own copy of every module, so they install the user's lexicon themselves.
installLexiconFile(loadSettings().lexicon);

const port = parentPort;
if (!port) throw new Error('extract-worker.ts runs as a worker thread');

port.on('message', (job: ExtractJob) => {
  let reply: ExtractReply;
  try {
    const { lang, actors, mentions } = extract(job.text, {
      lang: job.lang ?? undefined,
      date: job.date,
    });
    reply = { id: job.id, ok: true, extraction: { lang, actors, mentions } };
  } catch (error) {
    reply = { id: job.id, ok: false, message: (error as Error).message ?? String(error) };
  }
  port.postMessage(reply);
});
