// Bench suite `ui`: time from navigation to the first drawn frame and to interactive (a click on a
// node handled) for 1,000 and 5,000 actors with preset positions, in the explorer (real server,
// built client, positions saved as a previous visit would have left them) and in a bare page where
// the same Cytoscape.js draws the same elements with the same stylesheet and renderer, in the
// same run. BENCH_UI_REPS (default 5) navigations per page and size; medians are reported.

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { GraphData } from '../../client/src/api/types';
import { GRAPH_QUERY } from '../../client/src/api/graph';
import { toElements } from '../../client/src/graph/elements';
import { POSITIONS_KEY, spiralPositions } from '../../client/src/graph/positions';
import { DENSE_STYLESHEET, STYLESHEET } from '../../client/src/graph/style';
import { DEFAULT_FILTERS, toGraphFilter } from '../../client/src/state/filters';
import { visibleGraph } from '../../client/src/state/visible';
import { buildClientIfStale } from '../../server/src/cli/client-build';
import { loadSettings } from '../../server/src/config';
import { openStore } from '../../server/src/store/open-store';
import { freePort, graphql, startServe } from '../faults/support';
import { CHROMIUM, CHROMIUM_ARGS as ARGS, ROOT } from '../e2e/support/harness';
import { loadScaleDataset } from '../support/scale-dataset';
import { probe, serveBarePage, tapHandled, type BarePayload } from './ui-pages';

const SIZES = [1000, 5000];
/** Relations per actor in the generated store (before the default view drops negated ones). */
const RELATIONS_PER_ACTOR = 2;
const REPS = Number(process.env['BENCH_UI_REPS'] ?? 5);
/** The explorer's own threshold (client/src/graph/instance.ts), applied to the bare page too. */
const WEBGL_THRESHOLD = 3000;
const VIEWPORT = { width: 1440, height: 900 };
const TIMEOUT = Number(process.env['BENCH_UI_TIMEOUT_MS'] ?? 180_000);

interface Run {
  firstMs: number;
  completeMs: number;
  interactiveMs: number;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

async function dataDirFor(actors: number): Promise<string> {
  const relations = actors * RELATIONS_PER_ACTOR;
  const dir = join(tmpdir(), `entente-bench-ui-${actors}-${relations}`);
  if (existsSync(join(dir, 'complete'))) return dir;
  mkdirSync(dir, { recursive: true });
  const store = await openStore(loadSettings({}, { dataDir: dir }));
  await loadScaleDataset(store, { actors, relations });
  await store.close();
  writeFileSync(join(dir, 'complete'), 'yes');
  return dir;
}

/** One navigation: waits for the first frame, clicks the best-connected actor, waits for the answer. */
async function measure(
  browser: Browser,
  url: string,
  canvas: string,
  init: string,
  elements: number,
): Promise<Run> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(init);
  await context.addInitScript(probe(elements));
  const page: Page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.goto(url);
    await page.waitForFunction('window.__ui.first !== null', null, {
      timeout: TIMEOUT,
      polling: 50,
    });
    const target = await page.evaluate(`(() => {
      const n = window.cy.nodes().max((x) => x.degree(false)).ele;
      const p = n.renderedPosition();
      return { x: p.x, y: p.y };
    })()`);
    const box = await page.locator(canvas).boundingBox();
    if (!box) throw new Error(`${canvas} is not on the page`);
    const { x, y } = target as { x: number; y: number };
    await page.mouse.click(box.x + x, box.y + y);
    const explorer = canvas !== '#graph';
    await page.waitForFunction(tapHandled(explorer), null, { timeout: TIMEOUT, polling: 'raf' });
    await page.waitForFunction('window.__ui.complete !== null', null, { timeout: TIMEOUT });
    const ui = (await page.evaluate('window.__ui')) as Record<string, number>;
    return {
      firstMs: ui['first']!,
      completeMs: ui['complete']!,
      interactiveMs: ui['interactive']!,
    };
  } catch (error) {
    throw new Error(`${url}: ${String(error)}; page errors: ${errors.join('; ') || 'none'}`);
  } finally {
    await context.close();
  }
}

function summary(runs: Run[]) {
  return {
    firstFrameMs: median(runs.map((r) => r.firstMs)),
    completeMs: median(runs.map((r) => r.completeMs)),
    interactiveMs: median(runs.map((r) => r.interactiveMs)),
    runs,
  };
}

async function benchSize(browser: Browser, actors: number) {
  const dataDir = await dataDirFor(actors);
  const port = await freePort();
  const serve = await startServe(port, { ...process.env, DATA_DIR: dataDir, NEO4J_URI: '' });
  try {
    const filter = toGraphFilter(DEFAULT_FILTERS, { withTypes: false });
    const answer = await graphql<{ graph: GraphData }>(serve.url, GRAPH_QUERY, { filter });
    if (!answer.data) throw new Error(`graph query failed: ${JSON.stringify(answer.errors)}`);
    const graph = visibleGraph(answer.data.graph, DEFAULT_FILTERS, new Set());
    const elements = toElements(graph);
    const webgl = elements.length > WEBGL_THRESHOLD;
    const positions = spiralPositions(
      elements
        .filter((e) => e.group === 'nodes')
        .map((e) => ({
          id: String(e.data.id),
          degree: Number(e.data['degree']),
        })),
    );
    // What a previous visit leaves in localStorage (client/src/graph/positions.ts).
    const saved = {
      layout: 'fcose',
      positions: Object.fromEntries([...positions].map(([id, p]) => [id, [p.x, p.y]])),
    };
    const explorerInit = `localStorage.setItem(${JSON.stringify(POSITIONS_KEY)}, ${JSON.stringify(JSON.stringify(saved))});`;
    const canvasSelector = '[data-testid=graph-canvas]';

    // A warm-up navigation fills the server's caches and gives the canvas size.
    await measure(browser, serve.url, canvasSelector, explorerInit, elements.length);
    const probe = await browser.newPage({ viewport: VIEWPORT });
    await probe.goto(serve.url);
    const box = await probe.locator(canvasSelector).boundingBox();
    await probe.close();
    const payload: BarePayload = {
      elements: elements.map((e) =>
        e.group === 'nodes' ? { ...e, position: positions.get(String(e.data.id)) } : e,
      ),
      style: webgl ? DENSE_STYLESHEET : STYLESHEET,
      webgl,
      width: Math.round(box?.width ?? 760),
      height: Math.round(box?.height ?? 700),
    };
    const bare = await serveBarePage(ROOT, payload);
    try {
      await measure(browser, bare.url, '#graph', '', elements.length);
      const explorerRuns: Run[] = [];
      const bareRuns: Run[] = [];
      // Interleaved, so both pages see the same machine load.
      for (let i = 0; i < REPS; i++) {
        explorerRuns.push(
          await measure(browser, serve.url, canvasSelector, explorerInit, elements.length),
        );
        bareRuns.push(await measure(browser, bare.url, '#graph', '', elements.length));
      }
      const explorer = summary(explorerRuns);
      const floor = summary(bareRuns);
      const result = {
        actors: graph.nodes.length,
        relations: graph.edges.length,
        elements: elements.length,
        renderer: webgl ? 'webgl' : 'canvas',
        canvas: { width: payload.width, height: payload.height },
        explorer,
        bare: floor,
        ratioFirstFrame: explorer.firstFrameMs / floor.firstFrameMs,
        ratioComplete: explorer.completeMs / floor.completeMs,
        ratioInteractive: explorer.interactiveMs / floor.interactiveMs,
      };
      console.log(
        `  ${result.actors} actors, ${result.relations} relations (${result.renderer}): first frame ` +
          `${explorer.firstFrameMs.toFixed(0)} vs ${floor.firstFrameMs.toFixed(0)} ms ` +
          `(×${result.ratioFirstFrame.toFixed(2)}), complete ${explorer.completeMs.toFixed(0)} vs ` +
          `${floor.completeMs.toFixed(0)} ms (×${result.ratioComplete.toFixed(2)}), interactive ${explorer.interactiveMs.toFixed(0)} ` +
          `vs ${floor.interactiveMs.toFixed(0)} ms (×${result.ratioInteractive.toFixed(2)})`,
      );
      return result;
    } finally {
      await bare.close();
    }
  } finally {
    serve.child.kill('SIGTERM');
    await serve.exited;
  }
}

export async function run(): Promise<void> {
  await buildClientIfStale((line) => console.log(`  ${line}`));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const chromiumVersion = browser.version();
  const sizes = [];
  try {
    for (const actors of SIZES) sizes.push(await benchSize(browser, actors));
  } finally {
    await browser.close();
  }
  const result = {
    date: new Date().toISOString(),
    machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, Chromium ${chromiumVersion}`,
    reps: REPS,
    targetRatio: 1.5,
    chromiumArgs: ARGS,
    sizes,
  };
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(join('bench-results', 'ui.json'), `${JSON.stringify(result, null, 2)}\n`);
}
