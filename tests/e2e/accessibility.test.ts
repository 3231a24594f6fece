// End to end, accessibility: axe-core finds no serious or critical violations (colour contrast
// included) in the main states, the table view stands in for the canvas, and the explorer can be
// used with the keyboard alone.

import { describe, expect, it } from 'vitest';
import { shot, tabTo } from './support/actions';
import { seriousViolations } from './support/axe';
import { cyEval, gotoExplorer, skipE2e, useExplorer } from './support/harness';

describe.skipIf(skipE2e)('accessibility in Chromium', () => {
  const h = useExplorer();

  /** The focused element's outline: the visible focus ring. */
  const focusRing = () =>
    h.page.evaluate(() => {
      const el = document.activeElement;
      if (!el) return 'none';
      const style = getComputedStyle(el);
      return `${style.outlineStyle} ${style.outlineWidth}`;
    });

  it('axe finds no serious or critical violations in the main states', async () => {
    const { page } = h;
    const found: Record<string, unknown> = {};
    found['graph'] = await seriousViolations(page);

    await page.getByTestId('table-toggle').click();
    await page.getByTestId('relation-table').locator('tbody tr').first().click();
    await page.getByTestId('relation-details').getByTestId('evidence-sentence').first().waitFor();
    found['table and relation'] = await seriousViolations(page);

    await page.getByTestId('open-article').first().click();
    await page.getByTestId('article-view').getByTestId('article-text').waitFor();
    found['article'] = await seriousViolations(page);
    await page.keyboard.press('Escape');

    await page.getByTestId('table-toggle').click();
    await page.getByTestId('actor-table').waitFor({ state: 'detached' });
    await cyEval(page, (cy) => {
      cy.$id('RUS').emit('cxttap');
    });
    await page.getByTestId('context-menu').waitFor();
    found['context menu'] = await seriousViolations(page);
    await page.keyboard.press('Escape');

    await page.getByTestId('tab-articles').click();
    await page.getByTestId('add-article').click();
    found['add article'] = await seriousViolations(page);

    await gotoExplorer(page, `${h.server.url}?actor=RUS`);
    await page.getByTestId('actor-details').getByTestId('evidence-sentence').first().waitFor();
    found['actor'] = await seriousViolations(page);

    expect(found).toEqual({
      graph: [],
      'table and relation': [],
      article: [],
      'context menu': [],
      'add article': [],
      actor: [],
    });
  });

  it('the table view lists what the canvas shows, sorts, follows the filters and selects on the canvas', async () => {
    const { page } = h;
    await page.getByTestId('table-toggle').click();
    const actors = page.getByTestId('actor-table').locator('tbody tr');
    const relations = page.getByTestId('relation-table').locator('tbody tr');
    const drawn = await cyEval(page, (cy) => ({
      nodes: cy.nodes().length,
      edges: cy.edges().length,
    }));
    await expect.poll(() => actors.count()).toBe(drawn.nodes);
    expect(await relations.count()).toBe(drawn.edges);

    // Sorting by sentences, twice: most-supported relation first.
    const sort = page.getByTestId('relation-table-sort-evidence');
    await sort.click();
    await sort.click();
    expect(await sort.locator('xpath=..').getAttribute('aria-sort')).toBe('descending');
    const counts = (await relations.locator('td:nth-child(3)').allTextContents()).map(Number);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));

    // Choosing a row selects that relation on the canvas and shows its evidence.
    const first = relations.first();
    const id = (await first.getAttribute('data-id')) ?? '';
    await first.getByRole('button').click();
    await expect
      .poll(() => cyEval(page, (cy) => cy.$(':selected').map((e) => e.id())))
      .toEqual([id]);
    await page.getByTestId('relation-details').waitFor();
    await shot(page, 'table');

    // The table follows the type filter.
    await page.getByTestId('type-THREATENS').uncheck();
    await expect
      .poll(async () => (await relations.locator('td:nth-child(2)').allTextContents()).length)
      .toBe(await cyEval(page, (cy) => cy.edges().length));
    expect(await relations.locator('td:nth-child(2)').allTextContents()).not.toContain('threatens');
  });

  it('works with the keyboard alone: search, actions menu, filters, brush, table and Esc', async () => {
    const { page } = h;
    // Search with autocomplete, from the first Tab stops.
    await tabTo(page, '[data-testid=search-input]');
    expect(await focusRing()).not.toMatch(/^none/);
    await page.keyboard.type('Ukraine');
    await page.getByTestId('search-results').waitFor();
    await page.keyboard.press('Enter');
    await page.getByTestId('actor-details').waitFor();
    await expect.poll(() => cyEval(page, (cy) => cy.$id('UKR').selected())).toBe(true);

    // The selected actor's context menu: m opens it, arrows move, Enter acts, Esc closes.
    await page.keyboard.press('Tab');
    await page.keyboard.press('m');
    const menu = page.getByTestId('context-menu');
    await menu.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Expand neighbourhood',
    );
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await menu.waitFor({ state: 'detached' });
    expect(await cyEval(page, (cy) => cy.$id('UKR').locked())).toBe(true);
    await page.keyboard.press('m');
    await menu.waitFor();
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });

    // A relation type with Space.
    await tabTo(page, '[data-testid=type-THREATENS]');
    expect(await focusRing()).not.toMatch(/^none/);
    await page.keyboard.press('Space');
    await expect.poll(() => cyEval(page, (cy) => cy.edges('[type = "THREATENS"]').length)).toBe(0);

    // The timeline brush: its end moves a month per arrow key.
    await tabTo(page, '[data-testid=timeline-to]');
    const before = await page.getByTestId('timeline-to').getAttribute('aria-valuenow');
    await page.keyboard.press('ArrowLeft');
    await expect
      .poll(() => page.getByTestId('timeline-to').getAttribute('aria-valuenow'))
      .toBe(String(Number(before) - 1));
    expect(await page.getByTestId('date-to').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await page.keyboard.press('End');
    await expect
      .poll(() => page.getByTestId('timeline-to').getAttribute('aria-valuenow'))
      .toBe(before);

    // The export menu opens with Enter and closes with Esc.
    await tabTo(page, '[data-testid=export-menu] summary', 200);
    await page.keyboard.press('Enter');
    expect(
      await page.getByTestId('export-menu').evaluate((d) => (d as HTMLDetailsElement).open),
    ).toBe(true);
    await page.keyboard.press('Escape');
    expect(
      await page.getByTestId('export-menu').evaluate((d) => (d as HTMLDetailsElement).open),
    ).toBe(false);

    // The table view, and a relation chosen from it with Enter.
    await tabTo(page, '[data-testid=table-toggle]');
    await page.keyboard.press('Enter');
    await tabTo(page, '[data-testid=relation-table] tbody .row-button');
    await page.keyboard.press('Enter');
    await page.getByTestId('relation-details').waitFor();
    expect(await cyEval(page, (cy) => cy.$('edge:selected').length)).toBe(1);
    await shot(page, 'keyboard');
  });

  it('announces what the canvas shows in a live region', async () => {
    const status = h.page.getByTestId('graph-status');
    const n = await cyEval(h.page, (cy) => ({
      nodes: cy.nodes().length,
      edges: cy.edges().length,
    }));
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect(await status.textContent()).toBe(`${n.nodes} actors, ${n.edges} relations shown`);
  });

  it('raises no page errors', () => {
    expect(h.pageErrors).toEqual([]);
  });
});
