// Writes to an element's scratchpad without restyling it. Cytoscape's `ele.scratch(key, value)`
// restyles the element and emits an event, although no style can read the scratchpad: on
// thousands of actors that is a second of style work (and, with WebGL, new textures) for nothing.

import type { SingularElementArgument } from 'cytoscape';

/** Sets `key` in the element's scratchpad (the live object `ele.scratch()` returns). */
export function setScratch(ele: SingularElementArgument, key: string, value: unknown): void {
  const pad = ele.scratch() as Record<string, unknown> | undefined;
  if (pad) pad[key] = value;
}
