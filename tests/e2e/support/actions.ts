// What a person does in the e2e tests: click an actor on the canvas, drop a file, download an
// export, tab to a control, and save a screenshot of a state worth showing.

import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, cyEval } from './harness';

/** Page coordinates of an actor drawn on the canvas. */
export async function nodeAt(page: Page, id: string): Promise<{ x: number; y: number }> {
  const box = await page.getByTestId('graph-canvas').boundingBox();
  if (!box) throw new Error('the graph canvas is not on the page');
  const p = await page.evaluate(
    `(() => globalThis.cy.$id(${JSON.stringify(id)}).renderedPosition())()`,
  );
  const { x, y } = p as { x: number; y: number };
  return { x: box.x + x, y: box.y + y };
}

export async function clickNode(
  page: Page,
  id: string,
  options: { button?: 'left' | 'right'; clickCount?: number; modifiers?: 'Shift'[] } = {},
): Promise<void> {
  const at = await nodeAt(page, id);
  if (options.modifiers) for (const m of options.modifiers) await page.keyboard.down(m);
  await page.mouse.click(at.x, at.y, { button: options.button, clickCount: options.clickCount });
  if (options.modifiers) for (const m of options.modifiers) await page.keyboard.up(m);
}

/** Double-click as Cytoscape sees it: two taps in quick succession at one point. */
export async function doubleClickNode(page: Page, id: string): Promise<void> {
  const at = await nodeAt(page, id);
  await page.mouse.dblclick(at.x, at.y);
}

/** Drops a file on an element, through a DataTransfer built in the page. */
export async function dropFile(
  page: Page,
  selector: string,
  file: { name: string; type: string; content: string },
): Promise<void> {
  const transfer = await page.evaluateHandle((f) => {
    const dt = new DataTransfer();
    dt.items.add(new File([f.content], f.name, { type: f.type }));
    return dt;
  }, file);
  await page.dispatchEvent(selector, 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent(selector, 'drop', { dataTransfer: transfer });
}

/** Opens the export menu, chooses an item and returns the downloaded file's bytes and name. */
export async function exportAs(page: Page, item: RegExp): Promise<{ name: string; body: Buffer }> {
  const menu = page.getByTestId('export-menu');
  if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open))) {
    await menu.locator('summary').click();
  }
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: item }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), body: readFileSync(path) };
}

/** Presses Tab until the focused element matches the selector; fails after `max` presses. */
export async function tabTo(page: Page, selector: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    const there = await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
    if (there) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/**
 * Saves a screenshot to test-results/; with UPDATE_SCREENSHOTS=1 also to docs/, where the
 * README shows the best of them.
 */
export async function shot(page: Page, name: string): Promise<void> {
  const path = join(ROOT, 'test-results', `screenshot-${name}.png`);
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  await page.screenshot({ path });
  if (process.env.UPDATE_SCREENSHOTS === '1') {
    copyFileSync(path, join(ROOT, 'docs', `screenshot-${name}.png`));
  }
}

/** Edge ids on the canvas, sorted. */
export function edgeIds(page: Page): Promise<string[]> {
  return cyEval(page, (cy) =>
    cy
      .edges()
      .map((e) => e.id())
      .sort(),
  );
}
