// The `serve` command: flags on top of the environment, then listen until a signal.

import { parseArgs } from 'node:util';
import { startServer } from './serve';

export async function serveCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'no-seed': { type: 'boolean', default: false },
      'build-client': { type: 'boolean', default: false },
    },
    strict: true,
  });
  const log = (line: string) => process.stdout.write(`${line}\n`);
  const started = Date.now();
  const server = await startServer({
    ...(values.port !== undefined ? { port: Number(values.port) } : {}),
    ...(values.host !== undefined ? { host: values.host } : {}),
    ...(values['no-seed'] ? { seed: false } : {}),
    buildClient: values['build-client'],
    log,
  });
  log(
    `store: ${server.store.kind}${server.store.kind === 'sqlite' ? ` in ${server.settings.dataDir}` : ''}`,
  );
  log(`Entente is ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  log(`  explorer  ${server.url}/`);
  log(`  GraphQL   ${server.url}/graphql`);
  log(`  health    ${server.url}/healthz`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  log('stopping…');
  await server.close();
  return 0;
}
