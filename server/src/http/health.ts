// GET /healthz: 200 when the store answers, 503 when it does not.

import type { GraphStore } from '../store/store';

export async function healthResponse(store: GraphStore): Promise<Response> {
  const ok = await store.ping();
  return Response.json(
    { status: ok ? 'ok' : 'unavailable', store: store.kind },
    { status: ok ? 200 : 503, headers: { 'cache-control': 'no-store' } },
  );
}
