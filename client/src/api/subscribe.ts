// The graphChanged subscription over server-sent events. EventSource cannot send the CSRF
// header, so this POSTs the subscription with fetch and reads the event stream itself.

import { GRAPHQL_ENDPOINT } from './client';

export interface GraphChange {
  kind: string;
  id: string | null;
  at: string;
}

const SUBSCRIPTION = 'subscription ExplorerChanges { graphChanged { kind id at } }';

/** Splits an SSE buffer into complete events' data payloads and the unfinished rest. */
export function parseSse(buffer: string): { events: string[]; rest: string } {
  const blocks = buffer.replaceAll('\r\n', '\n').split('\n\n');
  const rest = blocks.pop() ?? '';
  const events = blocks.flatMap((block) => {
    const data = block
      .split('\n')
      .filter((line) => line.startsWith('data:'))
      .map((line) => line.slice(5).replace(/^ /, ''));
    return data.length > 0 ? [data.join('\n')] : [];
  });
  return { events, rest };
}

/** Calls `onChange` for every change until the returned function is called; reconnects on loss. */
export function subscribeGraphChanges(onChange: (change: GraphChange) => void): () => void {
  const controller = new AbortController();
  let stopped = false;

  const connect = async (): Promise<void> => {
    const response = await fetch(GRAPHQL_ENDPOINT, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'text/event-stream',
        'x-entente-csrf': '1',
      },
      body: JSON.stringify({ query: SUBSCRIPTION }),
      signal: controller.signal,
    });
    if (!response.ok || !response.body) throw new Error(`subscription answered ${response.status}`);
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      const parsed = parseSse(buffer + value);
      buffer = parsed.rest;
      for (const event of parsed.events) {
        try {
          const body = JSON.parse(event) as { data?: { graphChanged?: GraphChange } };
          if (body.data?.graphChanged) onChange(body.data.graphChanged);
        } catch {
          // A keep-alive or malformed event: nothing to do.
        }
      }
    }
  };

  const loop = async () => {
    while (!stopped) {
      try {
        await connect();
      } catch {
        if (stopped) return;
      }
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  };
  void loop();
  return () => {
    stopped = true;
    controller.abort();
  };
}
