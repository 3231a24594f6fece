// End to end, feature by feature: filters, the evidence and article view, URL state, search,
// adding an article (the new edge arrives through the subscription) and exporting.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shot } from './support/actions';
import { cyEval, gotoExplorer, skipE2e, useExplorer } from './support/harness';

describe.skipIf(skipE2e)('explorer features in Chromium', () => {
  const h = useExplorer();

  it('unticking a relation type removes its edges and keeps the other actors in place', async () => {
    const { page } = h;
    const before = await cyEval(page, (cy) => ({
      threatens: cy.edges('[type = "THREATENS"]').length,
      rus: cy.$id('RUS').position(),
    }));
    expect(before.threatens).toBeGreaterThan(0);
    await shot(page, 'graph');
    await page.getByTestId('type-THREATENS').click();
    await expect.poll(() => cyEval(page, (cy) => cy.edges('[type = "THREATENS"]').length)).toBe(0);
    const after = await cyEval(page, (cy) => cy.$id('RUS').position());
    expect(after.x).toBeCloseTo(before.rus.x, 3);
    expect(after.y).toBeCloseTo(before.rus.y, 3);
    expect(page.url()).toContain('types=');
  });

  it('ticking negated and questions brings in the question evidence', async () => {
    const { page } = h;
    const before = await page.getByTestId('relation-count').textContent();
    await page.getByTestId('modality-QUESTION').click();
    await page.getByTestId('modality-NEGATED').click();
    await expect
      .poll(() => page.url())
      .toContain('modalities=ASSERTED%2CHEDGED%2CNEGATED%2CQUESTION');
    await expect
      .poll(async () => Number(await page.getByTestId('relation-count').textContent()))
      .toBeGreaterThanOrEqual(Number(before));
  });

  it('dragging across the timeline sets the date range and filters the graph', async () => {
    const { page } = h;
    const chart = page.getByTestId('timeline');
    const box = await chart.boundingBox();
    if (!box) throw new Error('no timeline');
    // The seed article is from November 2024: drag over the first two (empty) months only.
    await page.mouse.move(box.x + 3, box.y + 20);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.3, box.y + 20, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => page.getByTestId('date-from').inputValue()).toMatch(/^\d{4}-\d{2}-01$/);
    expect(await page.getByTestId('date-to').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await page.getByTestId('empty-state').waitFor({ timeout: 10_000 });
    expect(page.url()).toContain('from=');
    // Widening again with the inputs brings the graph back.
    await page.getByText('All dates').click();
    await expect.poll(() => cyEval(page, (cy) => cy.edges().length)).toBeGreaterThan(0);
  });

  it('a relation shows its corroboration and opens its sentence in the whole article', async () => {
    const { page } = h;
    await page
      .getByTestId('overview')
      .getByRole('button')
      .filter({ hasText: 'allies with' })
      .first()
      .click();
    const details = page.getByTestId('relation-details');
    await details.waitFor();
    expect(await details.getByTestId('corroboration').textContent()).toMatch(
      /1 article, 1 publisher/,
    );
    const sentence = (await details.getByTestId('evidence-sentence').first().textContent()) ?? '';
    await shot(page, 'evidence');
    await details.getByTestId('open-article').first().click();
    const view = page.getByTestId('article-view');
    await view.waitFor();
    expect((await view.getByTestId('article-sentence').textContent())?.trim()).toBe(
      sentence.trim(),
    );
    expect(await view.getByTestId('article-text').textContent()).toContain('Stefan Michel');
    await shot(page, 'article');
    await page.keyboard.press('Escape');
    await view.waitFor({ state: 'detached' });
  });

  it('reloading a shared link restores filters, selection and layout', async () => {
    const { page } = h;
    const url = `${h.server.url}?types=ALLIES_WITH,SUPPLIES&relation=${encodeURIComponent('RUS:SUPPLIES:PRK')}&layout=circle&size=centrality`;
    await gotoExplorer(page, url);
    await page.getByTestId('relation-details').waitFor();
    expect(await page.getByTestId('relation-id').textContent()).toContain('RUS:SUPPLIES:PRK');
    expect(await page.getByTestId('type-THREATENS').isChecked()).toBe(false);
    expect(await page.getByTestId('type-SUPPLIES').isChecked()).toBe(true);
    expect(await page.getByTestId('layout-select').inputValue()).toBe('circle');
    const types = await cyEval(page, (cy) =>
      [...new Set(cy.edges().map((e) => e.data('type')))].sort(),
    );
    expect(types).toEqual(['ALLIES_WITH', 'SUPPLIES']);
    // The canvas selects the relation once its elements are drawn, after the panel shows it.
    await expect
      .poll(() => cyEval(page, (cy) => cy.$id('RUS:SUPPLIES:PRK').selected()), { timeout: 10_000 })
      .toBe(true);
  });

  it('typing an alias in the search and choosing the result selects that actor', async () => {
    const { page } = h;
    await page.keyboard.press('/');
    await page.keyboard.type('Nordkorea');
    const results = page.getByTestId('search-results');
    await results.waitFor();
    expect(await results.textContent()).toContain('North Korea');
    await page.keyboard.press('Enter');
    await page.getByTestId('actor-details').waitFor();
    expect(await cyEval(page, (cy) => cy.$id('PRK').selected())).toBe(true);
    await page.keyboard.press('Escape');
    await page.locator('body').press('Escape');
    await page.getByTestId('overview').waitFor();
  });

  it('an added article shows its new edge highlighted without a reload', async () => {
    const { page } = h;
    await page.evaluate(() => {
      (globalThis as unknown as { noReload: boolean }).noReload = true;
    });
    await page.getByTestId('tab-articles').click();
    await page.getByTestId('add-article').click();
    await page
      .getByTestId('article-text-input')
      .fill('Norway sanctions Iran over its drone deliveries.');
    await page
      .getByTestId('article-title-input')
      .fill('Oslo acts <img src=x onerror="window.xss=1">');
    await page.getByTestId('article-source-input').fill('Test Wire');
    await page.getByTestId('article-date-input').fill('2025-02-03');
    await page.getByTestId('submit-article').click();
    // The edge arrives with the refetched graph; the glow follows in the next animation frame.
    await expect
      .poll(
        () =>
          cyEval(page, (cy) => {
            const edge = cy.$id('NOR:SANCTIONS:IRN');
            return edge.length === 1 && edge.hasClass('fresh');
          }),
        { timeout: 15_000 },
      )
      .toBe(true);
    expect(
      await page.evaluate(() => (globalThis as unknown as { noReload?: boolean }).noReload),
    ).toBe(true);
    expect(
      await page.evaluate(() => (globalThis as unknown as { xss?: number }).xss),
    ).toBeUndefined();
    await page.screenshot({ path: 'test-results/explorer-new-article.png' });
    expect(await page.getByTestId('article-item').first().textContent()).toContain(
      'Oslo acts <img',
    );
  });

  it('exports the visible edges with their evidence as CSV', async () => {
    const { page } = h;
    await page.getByTestId('export-menu').locator('summary').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: /CSV/ }).click(),
    ]);
    const path = await download.path();
    const csv = readFileSync(path, 'utf8');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toMatch(/^relation_id,source,type,target,modality,trigger/);
    const edges = await cyEval(page, (cy) => cy.edges().map((e) => e.id()));
    const relationIds = new Set(lines.slice(1).map((l) => l.split(',')[0]));
    for (const id of relationIds) expect(edges).toContain(id);
    expect(relationIds.size).toBe(edges.length);
    const link = await page.getByTestId('graphiql-link').getAttribute('href');
    const query = new URL(link ?? '', h.server.url).searchParams.get('query');
    expect(query).toContain('graph(filter: { modalities: [ASSERTED, HEDGED] })');
  });

  it('raises no page errors', () => {
    expect(h.pageErrors).toEqual([]);
  });
});
