// Worker entry: worker threads do not inherit the tsx loader the CLI registered, and Node 20
// ignores `--import tsx` in a worker's execArgv for its entry, so register tsx here, then load
// the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./extract-worker.ts');
