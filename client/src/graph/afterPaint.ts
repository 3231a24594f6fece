// Runs work once the coming frame has been painted (a rAF, then a task), so what the user just
// did shows before a slower consequence of it is computed.

/** Schedules `fn` after the next paint; returns a function that cancels it. */
export function afterPaint(fn: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(fn, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}
