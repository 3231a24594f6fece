import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api';

describe('the graphChanged subscription', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi({ seed: false });
  });
  afterAll(() => api.cleanup());

  it('tells a subscriber over server-sent events that an ingest changed the graph', async () => {
    const abort = new AbortController();
    const response = await api.yoga.fetch('http://entente.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: 'subscription { graphChanged { kind id at } }' }),
      signal: abort.signal,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();

    let text = '';
    const received = (async () => {
      const deadline = Date.now() + 5000;
      while (!text.includes('graphChanged') && Date.now() < deadline) {
        const { value, done } = await reader.read();
        if (done) break;
        text += decoder.decode(value, { stream: true });
      }
    })();
    // The event source listens once the stream is being read.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const ingested = await api.query<{ ingestArticle: { article: { id: string } } }>(
      'mutation { ingestArticle(input: { text: "Russia threatens Canada." }) { article { id } } }',
    );
    const id = ingested.data!.ingestArticle.article.id;
    await received;
    abort.abort();
    const line = text.split('\n').find((l) => l.startsWith('data:') && l.includes('graphChanged'));
    expect(line).toBeDefined();
    const event = JSON.parse(line!.slice(5)) as {
      data: { graphChanged: { kind: string; id: string } };
    };
    expect(event.data.graphChanged).toMatchObject({ kind: 'INGEST', id });
  });
});
