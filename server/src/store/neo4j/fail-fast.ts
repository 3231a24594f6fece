// Reads give up as soon as Neo4j is known to be down, instead of letting the driver retry for
// its full retry time (15 s): a reader then hears STORE_UNAVAILABLE at once, not a timeout.
// Writes keep the driver's retries — an ingest that waits out a restart is worth the wait.

import { StoreUnavailableError } from '../../domain';

export interface FailFastOptions {
  /** Whether the server answers right now (never throws). */
  ping: () => Promise<boolean>;
  /** Named in the error. */
  uri: string;
  /** How often a running read checks the server; default 1 s. */
  checkEveryMs?: number;
}

/**
 * Settles as `work` does, or rejects with StoreUnavailableError as soon as a check, made every
 * `checkEveryMs` while `work` runs, finds the server gone. A slow read on a live server is left
 * alone. `work` goes on in the background after an early rejection; its outcome is dropped.
 */
export function failFast<T>(work: Promise<T>, options: FailFastOptions): Promise<T> {
  const every = options.checkEveryMs ?? 1000;
  let timer: NodeJS.Timeout | undefined;
  let settled = false;
  const watchdog = new Promise<never>((_, reject) => {
    const check = () => {
      timer = setTimeout(() => {
        void options.ping().then((alive) => {
          if (settled) return;
          if (alive) check();
          else reject(new StoreUnavailableError(`Neo4j at ${options.uri} does not answer`));
        });
      }, every);
    };
    check();
  });
  work.catch(() => undefined);
  watchdog.catch(() => undefined);
  return Promise.race([work, watchdog]).finally(() => {
    settled = true;
    clearTimeout(timer);
  });
}
