// End to end, the data side: claimant, publisher, minimum-evidence and collapse-persons filters,
// adding articles by dropping files, an XSS article rendered inert, and every export parsed.

import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../server/src/ingest/pipeline';
import { dropFile, edgeIds, exportAs, shot } from './support/actions';
import { cyEval, gotoExplorer, skipE2e, useExplorer } from './support/harness';

const XML = new XMLParser({
  ignoreAttributes: false,
  isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
});

describe.skipIf(skipE2e)('filters, articles and exports in Chromium', () => {
  // A second publisher, and a person out of office on the article's date.
  const h = useExplorer(async (opened) => {
    await ingestArticle(opened.server.store, {
      text: 'Donald Trump threatens Canada with tariffs.',
      title: 'Tariffs',
      source: 'Test Wire',
      publishedAt: '2024-06-01T10:00:00Z',
    });
  });

  /** Edge ids the server answers for a filter: what the canvas must show. */
  async function serverEdges(filter: Record<string, unknown>): Promise<string[]> {
    const response = await fetch(`${h.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'query($f: GraphFilter) { graph(filter: $f) { edges { id } } }',
        variables: { f: filter },
      }),
    });
    const body = (await response.json()) as { data: { graph: { edges: { id: string }[] } } };
    return body.data.graph.edges.map((e) => e.id).sort();
  }

  it('ticking a claimant shows only the relations that claimant asserts', async () => {
    const { page } = h;
    const box = page.locator('[data-testid^="claimant-"]').first();
    const id = ((await box.getAttribute('data-testid')) ?? '').replace('claimant-', '');
    await box.check();
    await expect.poll(() => page.url()).toContain(`claimants=${id}`);
    const expected = await serverEdges({ modalities: ['ASSERTED', 'HEDGED'], claimants: [id] });
    expect(expected.length).toBeGreaterThan(0);
    await expect.poll(() => edgeIds(h.page)).toEqual(expected);
  });

  it('ticking a publisher shows only what that publisher reported', async () => {
    const { page } = h;
    await page.getByTestId('publisher-Test Wire').check();
    await expect.poll(() => edgeIds(page)).toEqual(['DONALD_TRUMP:THREATENS:CAN']);
    expect(page.url()).toContain('publishers=Test+Wire');
  });

  it('raising the minimum evidence with the arrow key drops thinly supported relations', async () => {
    const { page } = h;
    const counts = () =>
      cyEval(page, (cy) => cy.edges().map((e) => Number(e.data('evidenceCount'))));
    const before = await counts();
    expect(before.some((n) => n < 2)).toBe(true);
    await page.getByTestId('min-evidence').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.url()).toContain('min=2');
    await expect
      .poll(async () => (await counts()).length)
      .toBe(before.filter((n) => n >= 2).length);
    expect((await counts()).every((n) => n >= 2)).toBe(true);
  });

  it('collapsing persons re-attaches a person’s relations to the actor they act for', async () => {
    const { page } = h;
    const ends = () =>
      cyEval(page, (cy) => {
        const e = cy.$id('DONALD_TRUMP:THREATENS:CAN');
        return e.nonempty() ? `${e.source().id()}→${e.target().id()}` : null;
      });
    expect(await ends()).toBe('DONALD_TRUMP→CAN');
    await page.getByTestId('collapse-persons').check();
    await expect.poll(ends, { timeout: 10_000 }).toBe('USA→CAN');
    expect(await cyEval(page, (cy) => cy.$id('DONALD_TRUMP').length)).toBe(0);
    expect(page.url()).toContain('persons=collapse');
    // The relation still opens the person's own sentence.
    await cyEval(page, (cy) => {
      cy.$id('DONALD_TRUMP:THREATENS:CAN').emit('tap');
    });
    const details = page.getByTestId('relation-details');
    await details.getByTestId('evidence-sentence').first().waitFor();
    expect(await details.textContent()).toContain('Donald Trump threatens Canada');
    await page.getByTestId('collapse-persons').uncheck();
    await expect.poll(ends).toBe('DONALD_TRUMP→CAN');
  });

  it('dropping .txt, .html and .md files fills the form; the .md article’s edge arrives highlighted', async () => {
    const { page } = h;
    await page.getByTestId('tab-articles').click();
    await page.getByTestId('add-article').click();
    const text = page.getByTestId('article-text-input');
    const target = '[data-testid=article-text-input]';

    await dropFile(page, target, {
      name: 'note.txt',
      type: 'text/plain',
      content: 'China trades with Iran despite sanctions.',
    });
    await expect.poll(() => text.inputValue()).toBe('China trades with Iran despite sanctions.');

    await dropFile(page, target, {
      name: 'page.html',
      type: 'text/html',
      content:
        '<html><head><title>Generators</title><script>window.xss=1</script></head><body><article><p>Japan supports Ukraine with generators.</p></article></body></html>',
    });
    await expect.poll(() => text.inputValue()).toBe('Japan supports Ukraine with generators.');
    expect(await page.getByTestId('article-title-input').inputValue()).toBe('Generators');

    await dropFile(page, target, {
      name: 'belarus.md',
      type: 'text/markdown',
      content:
        '---\ntitle: Sanctions on Minsk\nsource: Nordic Wire\ndate: 2025-01-06\n---\nCanada sanctions Belarus over the border crisis.\n',
    });
    await expect.poll(() => text.inputValue()).toContain('Canada sanctions Belarus');
    expect(await page.getByTestId('article-title-input').inputValue()).toBe('Sanctions on Minsk');
    expect(await page.getByTestId('article-source-input').inputValue()).toBe('Nordic Wire');
    expect(await page.getByTestId('article-date-input').inputValue()).toBe('2025-01-06');
    await page.getByTestId('submit-article').click();
    await expect
      .poll(() => cyEval(page, (cy) => cy.$id('CAN:SANCTIONS:BLR').hasClass('fresh')), {
        timeout: 15_000,
      })
      .toBe(true);
    await shot(page, 'new-article');
    expect(await page.evaluate(() => 'xss' in globalThis)).toBe(false);
  });

  it('an article whose title and text carry markup and scripts renders them as inert text', async () => {
    const { page } = h;
    await page.getByTestId('tab-articles').click();
    await page.getByTestId('add-article').click();
    await page
      .getByTestId('article-text-input')
      .fill(
        'Norway condemns Belarus over the border crisis. <img src=x onerror="window.xss=1"> <script>window.xss=2</script>',
      );
    await page.getByTestId('article-title-input').fill('<script>window.xss=3</script>Oslo');
    await page.getByTestId('submit-article').click();
    const item = page.getByTestId('article-item').filter({ hasText: 'window.xss=3' });
    await item.getByRole('button').click();
    const view = page.getByTestId('article-view');
    await view.getByTestId('article-text').waitFor();
    expect(await view.getByTestId('article-text').textContent()).toContain(
      '<img src=x onerror="window.xss=1">',
    );
    expect(await view.locator('img, script').count()).toBe(0);
    expect(await page.evaluate(() => 'xss' in globalThis)).toBe(false);
  });

  it('exports PNG, SVG, Cytoscape JSON and GraphML files that parse and hold the visible graph', async () => {
    const { page } = h;
    const nodes = await cyEval(page, (cy) => cy.nodes().length);
    const edges = (await edgeIds(page)).length;

    const png = await exportAs(page, /PNG/);
    expect(png.name).toMatch(/\.png$/);
    expect(png.body.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.body.readUInt32BE(16)).toBeGreaterThan(100); // IHDR width

    const svg = XML.parse((await exportAs(page, /SVG/)).body.toString('utf8'));
    const groups = svg.svg[0].g as { '@_class': string; g?: unknown[]; line?: unknown[] }[];
    expect(groups.find((g) => g['@_class'] === 'nodes')?.g).toHaveLength(nodes);
    expect(groups.find((g) => g['@_class'] === 'edges')?.line).toHaveLength(edges);

    const cyjs = JSON.parse((await exportAs(page, /cyjs/)).body.toString('utf8')) as {
      elements: { nodes: unknown[]; edges: unknown[] };
    };
    expect(cyjs.elements.nodes).toHaveLength(nodes);
    expect(cyjs.elements.edges).toHaveLength(edges);

    const graphml = XML.parse((await exportAs(page, /GraphML/)).body.toString('utf8'));
    const graph = graphml.graphml[0].graph[0] as { node: unknown[]; edge: unknown[] };
    expect(graph.node).toHaveLength(nodes);
    expect(graph.edge).toHaveLength(edges);
  });

  it('the GraphiQL link carries the current filters as the query', async () => {
    const { page } = h;
    await gotoExplorer(
      page,
      `${h.server.url}?types=THREATENS&modalities=ASSERTED&from=2024-01-01&publishers=blue+News`,
    );
    const href = await page.getByTestId('graphiql-link').getAttribute('href');
    const query = new URL(href ?? '', h.server.url).searchParams.get('query') ?? '';
    expect(query).toContain('types: [THREATENS]');
    expect(query).toContain('modalities: [ASSERTED]');
    expect(query).toContain('from: "2024-01-01"');
    expect(query).toContain('publishers: ["blue News"]');
  });

  it('raises no page errors', () => {
    expect(h.pageErrors).toEqual([]);
  });
});
