// The Neo4j store's data version: the bookmark of the database's latest committed transaction.
// A read returns the bookmark of the newest transaction the server has committed, whoever
// committed it (another Entente server too), so it moves with every write anywhere.

/**
 * Shares one bookmark read among callers that arrive while it runs — but a caller never gets a
 * read that started before it arrived (it could miss a commit made just before): such callers
 * wait for the next read, which serves all of them.
 */
export function coalesce(read: () => Promise<string>): () => Promise<string> {
  let inFlight: Promise<string> | null = null;
  let queued: Promise<string> | null = null;
  const start = (): Promise<string> => {
    const running: Promise<string> = read().finally(() => {
      if (inFlight === running) inFlight = null;
    });
    inFlight = running;
    return running;
  };
  return () => {
    if (!inFlight) return start();
    queued ??= inFlight
      .then(
        () => undefined,
        () => undefined,
      )
      .then(() => {
        queued = null;
        return start();
      });
    return queued;
  };
}
