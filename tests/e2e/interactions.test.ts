// End to end, the canvas interactions: double-click and context-menu expansion, hide and pin,
// paths between actors, undo, and the keyboard shortcuts, done with the mouse and keys.

import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../server/src/ingest/pipeline';
import { clickNode, doubleClickNode, shot } from './support/actions';
import { cyEval, skipE2e, useExplorer } from './support/harness';

describe.skipIf(skipE2e)('canvas interactions in Chromium', () => {
  const h = useExplorer();

  it('double-clicking an actor brings in relations the view has not loaded, and undo takes them away', async () => {
    const { page } = h;
    // Written behind the page's back (no change event), so only an expansion can show it.
    await ingestArticle(h.server.store, {
      text: 'Russia supplies Iran with drones, the ministry said.',
      title: 'Drones',
      source: 'Test Wire',
      publishedAt: '2024-11-12T09:00:00Z',
    });
    expect(await cyEval(page, (cy) => cy.$id('RUS:SUPPLIES:IRN').length)).toBe(0);
    await doubleClickNode(page, 'RUS');
    await expect
      .poll(() => cyEval(page, (cy) => cy.$id('RUS:SUPPLIES:IRN').length), { timeout: 10_000 })
      .toBe(1);
    expect(await cyEval(page, (cy) => cy.$id('IRN').hasClass('fresh'))).toBe(true);
    expect(await page.getByTestId('notice').textContent()).toMatch(/Expanded RUS/);
    await page.getByTestId('undo').click();
    await expect.poll(() => cyEval(page, (cy) => cy.$id('IRN').length)).toBe(0);
  });

  it('the context menu hides an actor, undo brings it back, and pin locks it in place', async () => {
    const { page } = h;
    await clickNode(page, 'CAN', { button: 'right' });
    const menu = page.getByTestId('context-menu');
    await menu.getByRole('menuitem', { name: 'Hide' }).click();
    await expect.poll(() => cyEval(page, (cy) => cy.$id('CAN').length)).toBe(0);
    expect(await page.getByTestId('undo').textContent()).toContain('hide CAN');
    await page.getByTestId('undo').click();
    await expect.poll(() => cyEval(page, (cy) => cy.$id('CAN').length)).toBe(1);

    await clickNode(page, 'CAN', { button: 'right' });
    await menu.getByRole('menuitem', { name: 'Pin in place' }).click();
    expect(await cyEval(page, (cy) => cy.$id('CAN').locked())).toBe(true);
    await clickNode(page, 'CAN', { button: 'right' });
    await menu.getByRole('menuitem', { name: 'Expand neighbourhood' }).click();
    await expect.poll(() => page.getByTestId('notice').textContent()).toMatch(/CAN/);
    await expect(menu.count()).resolves.toBe(0);
  });

  it('“Paths to…” from the context menu highlights the shortest path to the next actor clicked', async () => {
    const { page } = h;
    await clickNode(page, 'CAN', { button: 'right' });
    await page.getByTestId('context-menu').getByRole('menuitem', { name: 'Paths to…' }).click();
    await expect.poll(() => page.getByTestId('notice').textContent()).toContain('Paths from CAN');
    await clickNode(page, 'UKR');
    await expect
      .poll(() => page.getByTestId('notice').textContent(), { timeout: 10_000 })
      .toMatch(/shortest paths? from CAN to UKR, 2 relations long/);
    const marked = await cyEval(page, (cy) => cy.$('.path').map((e) => e.id()));
    expect(marked).toEqual(expect.arrayContaining(['CAN', 'UKR']));
    expect(marked.some((id) => id.includes(':'))).toBe(true);
    await shot(page, 'paths');
  });

  it('shift-clicking a second selected actor highlights the shortest paths between the two', async () => {
    const { page } = h;
    await clickNode(page, 'EUR');
    await page.getByTestId('actor-details').waitFor();
    // Cytoscape reads any two clicks within 250 ms as a double-click (expand), wherever they land.
    await page.waitForTimeout(300);
    await clickNode(page, 'UKR', { modifiers: ['Shift'] });
    await expect
      .poll(
        () =>
          cyEval(page, (cy) =>
            cy
              .$('.path')
              .nodes()
              .map((n) => n.id()),
          ),
        {
          timeout: 10_000,
        },
      )
      .toEqual(expect.arrayContaining(['EUR', 'UKR']));
    expect(await page.getByTestId('notice').textContent()).toMatch(/from EUR to UKR/);
    // Esc clears the selection and the marked paths.
    await page.keyboard.press('Escape');
    await page.getByTestId('overview').waitFor();
    expect(await cyEval(page, (cy) => cy.$('.path, :selected').length)).toBe(0);
  });

  it('f fits the whole graph into view after zooming in', async () => {
    const { page } = h;
    await cyEval(page, (cy) => {
      cy.zoom({ level: 3, position: cy.$id('RUS').position() });
    });
    const outside = () =>
      cyEval(page, (cy) => {
        const ext = cy.extent();
        return cy.nodes().filter((n) => {
          const p = n.position();
          return p.x < ext.x1 || p.x > ext.x2 || p.y < ext.y1 || p.y > ext.y2;
        }).length;
      });
    expect(await outside()).toBeGreaterThan(0);
    await page.locator('body').press('f');
    await expect.poll(outside).toBe(0);
  });

  it('raises no page errors', () => {
    expect(h.pageErrors).toEqual([]);
  });
});
