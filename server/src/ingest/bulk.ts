// Bulk ingest: reads items in order, validates and extracts ahead in the worker pool (a bounded
// window), and writes to the store strictly in input order, one transaction per article. A
// result is reported only after its transaction has committed: that report is the
// acknowledgement. Only the writer talks to the store, one call at a time (the store's ingest is
// idempotent, so stored articles need no separate check; extraction is cheap next to a write).
// When the store becomes unavailable the run stops rather than failing every remaining article
// after a long retry each.

import { InputError, StoreUnavailableError, type Article, type ArticleGraph } from '../domain';
import type { GraphStore } from '../store/store';
import type { ExtractPool } from './extract-pool';
import type { WorkItem } from './items';
import { articleId } from './normalise';
import { buildArticle, EXTRACTION_LANG } from './pipeline';
import { validateSubmission } from './validate';

export type ArticleStatus = 'created' | 'unchanged' | 'failed';

export interface ArticleResult {
  path: string;
  /** The article id; null when the input could not be read as an article. */
  id: string | null;
  status: ArticleStatus;
  reason?: string;
}

export interface BulkSummary {
  created: number;
  unchanged: number;
  failed: ArticleResult[];
  /** Why the run stopped early (the store became unavailable), or null when it went through. */
  stopped: string | null;
}

export interface BulkOptions {
  pool: ExtractPool;
  /** Called once per article, in input order, after its write committed (or it failed). */
  onResult: (result: ArticleResult) => void;
  /** Articles validated and extracted ahead of the writer; default 8 per worker, at least 16. */
  window?: number;
  now?: () => Date;
}

type Prepared =
  | { kind: 'done'; result: ArticleResult }
  | { kind: 'write'; path: string; article: Article; graph: ArticleGraph };

export async function bulkIngest(
  store: GraphStore,
  items: AsyncIterable<WorkItem>,
  { pool, onResult, window = Math.max(16, pool.size * 8), now = () => new Date() }: BulkOptions,
): Promise<BulkSummary> {
  const summary: BulkSummary = { created: 0, unchanged: 0, failed: [], stopped: null };
  const report = (result: ArticleResult) => {
    if (result.status === 'created') summary.created += 1;
    else if (result.status === 'unchanged') summary.unchanged += 1;
    else summary.failed.push(result);
    onResult(result);
  };

  async function prepare(item: WorkItem): Promise<Prepared> {
    const failed = (id: string | null, reason: string): Prepared => ({
      kind: 'done',
      result: { path: item.path, id, status: 'failed', reason },
    });
    if ('reason' in item) return failed(null, item.reason);
    let valid;
    try {
      valid = validateSubmission(item.submission);
    } catch (error) {
      if (error instanceof InputError) return failed(null, error.message);
      throw error;
    }
    const id = articleId(valid.text);
    try {
      // A declared language names the article's; extraction still detects it per paragraph,
      // so an English quote in a German article is read as English (see EXTRACTION_LANG).
      const extraction = await pool.extract(valid.text, {
        lang: EXTRACTION_LANG,
        date: valid.meta.publishedAt,
      });
      const { actors, mentions } = extraction;
      const article = buildArticle(valid, id, extraction.lang, now());
      return { kind: 'write', path: item.path, article, graph: { actors, mentions } };
    } catch (error) {
      return failed(id, `extraction failed: ${(error as Error).message}`);
    }
  }

  async function write(prepared: Prepared): Promise<boolean> {
    if (prepared.kind === 'done') {
      report(prepared.result);
      return true;
    }
    const { path, article, graph } = prepared;
    try {
      const outcome = await store.ingest(article, graph);
      report({ path, id: article.id, status: outcome.created ? 'created' : 'unchanged' });
      return true;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      report({ path, id: article.id, status: 'failed', reason });
      if (error instanceof StoreUnavailableError) {
        summary.stopped = `the ${store.kind} store is unavailable: ${reason}`;
        return false;
      }
      // Anything else concerns this article only (the store rolled its transaction back).
      return true;
    }
  }

  const ahead: Promise<Prepared>[] = [];
  // Rejections are awaited in order below; until then keep them from counting as unhandled.
  const track = (promise: Promise<Prepared>) => {
    promise.catch(() => {});
    ahead.push(promise);
  };
  for await (const item of items) {
    track(prepare(item));
    if (ahead.length >= window && !(await write(await ahead.shift()!))) return summary;
  }
  while (ahead.length > 0) {
    if (!(await write(await ahead.shift()!))) return summary;
  }
  return summary;
}
