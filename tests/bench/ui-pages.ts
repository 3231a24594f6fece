// The two pages the `ui` bench compares: a bare HTML page where Cytoscape.js (the same package
// the explorer bundles) draws given elements, and the probe both pages run to time themselves.

import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { ElementDefinition, StylesheetJson } from 'cytoscape';

export interface BarePayload {
  elements: ElementDefinition[];
  style: StylesheetJson;
  webgl: boolean;
  /** The explorer's canvas size, so both draw the same number of pixels. */
  width: number;
  height: number;
}

// The bare page does what a page drawing a graph must: fetch the elements, create the core with
// a preset layout fitted to the view, and select a node on tap (Cytoscape's default).
const HTML = `<!doctype html>
<html><head><meta charset="utf-8"><title>bare Cytoscape.js</title>
<style>body{margin:0} #graph{position:absolute;left:0;top:0}</style></head>
<body><div id="graph"></div>
<script src="/cytoscape.js"></script>
<script>
fetch('/elements.json').then((r) => r.json()).then((p) => {
  const container = document.getElementById('graph');
  container.style.width = p.width + 'px';
  container.style.height = p.height + 'px';
  const options = {
    container, elements: p.elements, style: p.style,
    layout: { name: 'preset', fit: true, padding: 60 },
    minZoom: 0.05, maxZoom: 4, boxSelectionEnabled: false, selectionType: 'single',
  };
  if (p.webgl) options.renderer = { name: 'canvas', webgl: true };
  window.cy = cytoscape(options);
});
</script></body></html>`;

export interface BarePage {
  url: string;
  close: () => Promise<void>;
}

export async function serveBarePage(root: string, payload: BarePayload): Promise<BarePage> {
  const cytoscapeJs = readFileSync(join(root, 'node_modules/cytoscape/dist/cytoscape.min.js'));
  const body = JSON.stringify(payload);
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/cytoscape.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(cytoscapeJs);
    } else if (path === '/elements.json') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(body);
    } else if (path === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(HTML);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * Run in both pages before their scripts. "First drawn frame": the first animation frame in
 * which `window.cy` holds elements (Cytoscape draws them in that frame), timed by a task queued
 * from it, which runs once the frame is painted; "complete": the same once all `elements` are in
 * (the explorer draws large graphs progressively). Times are ms since navigation start.
 */
export function probe(elements: number): string {
  return `(() => {
  const ui = (window.__ui = { first: null, complete: null, interactive: null });
  const poll = () => {
    const cy = window.cy;
    const n = cy && typeof cy.nodes === 'function' ? cy.elements().length : 0;
    if (n > 0 && ui.first === null) setTimeout(() => { ui.first ??= performance.now(); }, 0);
    if (n >= ${elements}) setTimeout(() => { ui.complete ??= performance.now(); }, 0);
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})();`;
}

/**
 * "Interactive": after a click on a node, the first animation frame in which the tap has been
 * handled — the node is selected (bare page) and, in the explorer, its details panel is shown.
 */
export function tapHandled(explorer: boolean): string {
  return `(() => {
    const cy = window.cy;
    const ok = cy && cy.nodes(':selected').nonempty() &&
      (${explorer} ? document.querySelector('[data-testid=actor-details]') !== null : true);
    if (ok && window.__ui.interactive === null) window.__ui.interactive = performance.now();
    return ok;
  })()`;
}
