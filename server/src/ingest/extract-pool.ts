// A small pool of worker threads running the pure extractor, so extraction uses every core while
// the main thread writes to the store. Size 0 extracts in-process; so does a pool whose workers
// cannot start (the caller is told once through `warn`).

import { Worker } from 'node:worker_threads';
import type { Language } from '../domain';
import { extract, type Extraction } from '../extract';

export interface ExtractJob {
  id: number;
  text: string;
  lang: Language | null;
  date: string | null;
}

export type ExtractReply =
  { id: number; ok: true; extraction: Extraction } | { id: number; ok: false; message: string };

export interface ExtractPool {
  /** Worker threads in use; 0 when extraction runs in-process. */
  readonly size: number;
  extract(
    text: string,
    options: { lang: Language | null; date: string | null },
  ): Promise<Extraction>;
  close(): Promise<void>;
}

interface Pending {
  job: ExtractJob;
  resolve: (extraction: Extraction) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  current: Pending | null;
  /** Has answered at least once: a later failure is a crash, not a start-up failure. */
  answered: boolean;
}

const ENTRY = new URL('./extract-worker.mjs', import.meta.url);

function inProcess(job: ExtractJob): Extraction {
  return extract(job.text, { lang: job.lang ?? undefined, date: job.date });
}

export function createExtractPool(
  size: number,
  warn: (message: string) => void = () => {},
): ExtractPool {
  const queue: Pending[] = [];
  const slots: Slot[] = [];
  let nextId = 1;
  let closing = false;
  let fallback = size <= 0;

  const runInProcess = (pending: Pending) => {
    try {
      pending.resolve(inProcess(pending.job));
    } catch (error) {
      pending.reject(error as Error);
    }
  };

  function dispatch(): void {
    if (fallback) {
      for (const pending of queue.splice(0)) runInProcess(pending);
      return;
    }
    for (const slot of slots) {
      if (slot.current) continue;
      const pending = queue.shift();
      if (!pending) return;
      slot.current = pending;
      slot.worker.postMessage(pending.job);
    }
  }

  function failed(slot: Slot, error: Error): void {
    const index = slots.indexOf(slot);
    if (index < 0 || closing) return;
    slots.splice(index, 1);
    const current = slot.current;
    slot.current = null;
    void slot.worker.terminate();
    if (!slot.answered) {
      // The worker never ran a job (e.g. cannot load TypeScript here): extract in-process.
      if (!fallback)
        warn(`extraction workers unavailable, extracting in-process: ${error.message}`);
      fallback = true;
      for (const other of slots.splice(0)) {
        if (other.current) queue.unshift(other.current);
        void other.worker.terminate();
      }
      if (current) queue.unshift(current);
    } else {
      current?.reject(new Error(`extraction worker crashed: ${error.message}`));
      slots.push(spawn());
    }
    dispatch();
  }

  function spawn(): Slot {
    const slot: Slot = { worker: new Worker(ENTRY), current: null, answered: false };
    slot.worker.on('message', (reply: ExtractReply) => {
      const pending = slot.current;
      slot.current = null;
      slot.answered = true;
      if (pending && pending.job.id === reply.id) {
        if (reply.ok) pending.resolve(reply.extraction);
        else pending.reject(new Error(reply.message));
      }
      dispatch();
    });
    slot.worker.on('error', (error) => failed(slot, error));
    slot.worker.on('exit', (code) => failed(slot, new Error(`worker exited with code ${code}`)));
    return slot;
  }

  if (!fallback) for (let i = 0; i < size; i++) slots.push(spawn());

  return {
    get size() {
      return fallback ? 0 : slots.length;
    },
    extract(text, { lang, date }) {
      return new Promise<Extraction>((resolve, reject) => {
        if (closing) {
          reject(new Error('extraction pool is closed'));
          return;
        }
        queue.push({ job: { id: nextId++, text, lang, date }, resolve, reject });
        dispatch();
      });
    },
    async close() {
      closing = true;
      const open = slots.splice(0);
      for (const pending of queue.splice(0)) pending.reject(new Error('extraction pool closed'));
      await Promise.all(open.map((slot) => slot.worker.terminate()));
    },
  };
}
