// Ambient declarations for the explorer: the Cytoscape core on window, and the untyped fcose extension.

import type { Core } from 'cytoscape';

declare global {
  interface Window {
    /** The live Cytoscape core, for debugging and end-to-end tests; absent when no graph is drawn. */
    cy?: Core;
  }
}
