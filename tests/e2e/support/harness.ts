// Shared e2e setup: the real server on a fresh seeded store, the built client, and Chromium.

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Core } from 'cytoscape';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startServer, type RunningServer } from '../../../server/src/cli/serve';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
/** Debian's Chromium (CHROMIUM_PATH overrides) and the flags every run uses: never a download. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const missingChromium = existsSync(CHROMIUM)
  ? null
  : `no Chromium at ${CHROMIUM} (set CHROMIUM_PATH)`;
export const e2eRequired = process.env.REQUIRE_E2E === '1';
export const skipE2e = missingChromium !== null && !e2eRequired;

/** The bundle tests/support/global-setup.ts built (or found fresh) before the run. */
export function ensureClient(): void {
  if (!existsSync(join(ROOT, 'client', 'dist', 'index.html'))) {
    throw new Error('client/dist is missing: the global setup should have built it');
  }
}

export interface Harness {
  server: RunningServer;
  browser: Browser;
  page: Page;
  pageErrors: string[];
  close: () => Promise<void>;
}

export interface ExplorerOptions {
  /** Fills the fresh data directory before the server starts (then the seed is not loaded). */
  prepare?: (dataDir: string) => Promise<void>;
}

export async function openExplorer(options: ExplorerOptions = {}): Promise<Harness> {
  if (missingChromium) throw new Error(`REQUIRE_E2E=1 but ${missingChromium}`);
  ensureClient();
  const dataDir = mkdtempSync(join(tmpdir(), 'entente-e2e-'));
  await options.prepare?.(dataDir);
  const seed = options.prepare === undefined;
  // env: {} keeps a developer's NEO4J_URI from pointing the browser tests at their database.
  const server = await startServer({ port: 0, host: '127.0.0.1', dataDir, seed, env: {} });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const page = await browser.newPage({
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
  });
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return {
    server,
    browser,
    page,
    pageErrors,
    close: async () => {
      await browser.close();
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * One explorer for the calling describe block: opened before its tests (then `ready` runs, e.g.
 * to ingest more articles), closed after them, with the page loaded afresh before each test.
 */
export function useExplorer(ready?: (h: Harness) => Promise<void>): Harness {
  let opened: Harness | undefined;
  const current = (): Harness => {
    if (!opened) throw new Error('the explorer is not open: its beforeAll failed');
    return opened;
  };
  beforeAll(async () => {
    opened = await openExplorer();
    await ready?.(opened);
  }, 180_000);
  afterAll(async () => {
    await opened?.close();
  });
  beforeEach(async () => {
    await gotoExplorer(current().page, current().server.url);
  });
  return {
    get server() {
      return current().server;
    },
    get browser() {
      return current().browser;
    },
    get page() {
      return current().page;
    },
    get pageErrors() {
      return current().pageErrors;
    },
    close: () => current().close(),
  };
}

/** Navigates and waits for the graph to be drawn. */
export async function gotoExplorer(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('[data-testid=graph-canvas][data-ready]').waitFor({ timeout: 30_000 });
}

export function cyEval<T>(page: Page, fn: (cy: Core) => T): Promise<T> {
  return page.evaluate(`(${fn.toString()})(globalThis.cy)`) as Promise<T>;
}
