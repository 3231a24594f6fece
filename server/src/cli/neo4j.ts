// `entente neo4j`: builds (once) and runs the embedded Neo4j 5.26 Community server of server/neo4j-runner.

import { spawn, type ChildProcessByStdio } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';

const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const RUNNER_DIR = join(PROJECT_ROOT, 'server', 'neo4j-runner');
const POM = join(RUNNER_DIR, 'pom.xml');
const TARGET = join(RUNNER_DIR, 'target');
const CLASSES = join(TARGET, 'classes');
const CLASSPATH_FILE = join(TARGET, 'classpath.txt');
const MAIN_CLASS = 'app.entente.Neo4jRunner';
const BUILD_LOCK = join(TARGET, '.build-lock');
/** Written after each successful build: Maven leaves classpath.txt untouched when it is unchanged. */
const BUILD_STAMP = join(TARGET, '.built');

const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 20_000;
const BUILD_LOCK_TIMEOUT_MS = 600_000;
const STDERR_TAIL = 40;
const ANSI_COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/** Exit codes of Neo4jRunner.java, explained. */
const RUNNER_EXIT_REASONS: Record<number, string> = {
  2: 'bad arguments or password',
  3: 'the Bolt port is already in use',
  4: 'the data directory is in use by another Neo4j process',
};

export interface Neo4jOptions {
  /** Neo4j home: data/ and logs/ go below it. Created when missing. */
  dataDir: string;
  host: string;
  port: number;
  user: string;
  /** At least 8 characters. Without one, authentication is disabled. */
  password?: string;
  /** Progress and the server's own stderr lines; defaults to stderr. */
  log?: (line: string) => void;
  /** How long to wait for the server to accept Bolt connections (default 120 s). */
  readyTimeoutMs?: number;
}

export interface Neo4jServer {
  /** bolt://HOST:PORT */
  uri: string;
  /** SIGTERM, then SIGKILL after 20 s; resolves once the process has exited. Idempotent. */
  stop: () => Promise<void>;
  /** Resolves with the exit code (null if killed by a signal) whenever the process ends. */
  exited: Promise<number | null>;
}

type RunnerProcess = ChildProcessByStdio<Writable, Readable, Readable>;

const defaultLog = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

/** Starts Neo4j and resolves once Bolt accepts connections with the given credentials. */
export async function runNeo4j(opts: Neo4jOptions): Promise<Neo4jServer> {
  const log = opts.log ?? defaultLog;
  const password = opts.password === '' ? undefined : opts.password;
  if (password !== undefined && password.length < 8) {
    throw new Error(
      'NEO4J_PASSWORD must be at least 8 characters long (Neo4j refuses shorter ones)',
    );
  }
  await ensureRunnerBuilt(log);

  const classpath = readFileSync(CLASSPATH_FILE, 'utf8').trim();
  const dataDir = resolve(opts.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_USER: opts.user };
  if (password === undefined) delete env['NEO4J_PASSWORD'];
  else env['NEO4J_PASSWORD'] = password;

  const args = [
    ...jvmOptions(),
    '-cp',
    `${CLASSES}${delimiter}${classpath}`,
    MAIN_CLASS,
    '--data',
    dataDir,
    '--host',
    opts.host,
    '--port',
    String(opts.port),
    // The runner shuts down when this process goes away without stopping it (stdin closes).
    '--exit-on-stdin-eof',
  ];
  // Own process group: a terminal's Ctrl-C reaches only us, and we stop the server in order.
  const child: RunnerProcess = spawn('java', args, {
    env,
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true,
  });

  const stderrTail: string[] = [];
  let readyLine: ((uri: string) => void) | undefined;
  const ready = new Promise<string>((resolveReady) => {
    readyLine = resolveReady;
  });

  createInterface({ input: child.stdout, crlfDelay: Infinity }).on('line', (line) => {
    const match = /^NEO4J READY (bolt:\/\/\S+)$/.exec(line);
    if (match?.[1] !== undefined) readyLine?.(match[1]);
    else if (line.trim() !== '') log(line);
  });
  createInterface({ input: child.stderr, crlfDelay: Infinity }).on('line', (line) => {
    stderrTail.push(line);
    if (stderrTail.length > STDERR_TAIL) stderrTail.shift();
    log(line);
  });
  child.stdin.on('error', () => {
    // EPIPE once the runner has exited: nothing to do.
  });

  let spawnError: Error | undefined;
  const exited = new Promise<number | null>((resolveExit) => {
    child.once('error', (error) => {
      spawnError = error;
      resolveExit(null);
    });
    // 'close' rather than 'exit': by then all of its stdout and stderr have been read.
    child.once('close', (code) => {
      resolveExit(code);
    });
  });
  let hasExited = false;
  void exited.then(() => {
    hasExited = true;
    child.stdin.destroy();
  });

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      if (hasExited) return;
      child.kill('SIGTERM');
      let timer: NodeJS.Timeout | undefined;
      const timedOut = await Promise.race([
        exited.then(() => false),
        new Promise<boolean>((r) => {
          timer = setTimeout(() => r(true), STOP_TIMEOUT_MS);
        }),
      ]);
      clearTimeout(timer);
      if (timedOut && !hasExited) {
        log(`Neo4j did not stop within ${STOP_TIMEOUT_MS / 1000} s: killing it`);
        child.kill('SIGKILL');
        await exited;
      }
    })();
    return stopping;
  };

  const timeoutMs = opts.readyTimeoutMs ?? READY_TIMEOUT_MS;
  let timer: NodeJS.Timeout | undefined;
  const outcome = await Promise.race([
    ready.then((uri) => ({ kind: 'ready' as const, uri })),
    exited.then((code) => ({ kind: 'exited' as const, code })),
    new Promise<{ kind: 'timeout' }>((r) => {
      timer = setTimeout(() => r({ kind: 'timeout' }), timeoutMs);
    }),
  ]);
  clearTimeout(timer);

  if (outcome.kind === 'ready') {
    log(`Neo4j ready at ${outcome.uri}`);
    return { uri: outcome.uri, stop, exited };
  }
  if (outcome.kind === 'timeout') {
    await stop();
    throw new Neo4jStartError(
      `Neo4j did not become ready within ${Math.round(timeoutMs / 1000)} s on ${opts.host}:${opts.port}`,
      stderrTail,
    );
  }
  if (spawnError) {
    const missing = (spawnError as NodeJS.ErrnoException).code === 'ENOENT';
    throw new Error(
      missing
        ? 'cannot start Neo4j: `java` (17 or newer) is not on PATH'
        : `cannot start Neo4j: ${spawnError.message}`,
    );
  }
  const reason = outcome.code === null ? undefined : RUNNER_EXIT_REASONS[outcome.code];
  throw new Neo4jStartError(
    `Neo4j exited before it was ready (exit code ${String(outcome.code)}${reason ? `: ${reason}` : ''})`,
    stderrTail,
  );
}

/** The server did not come up; `message` ends with the last lines of its stderr. */
export class Neo4jStartError extends Error {
  readonly headline: string;
  readonly stderrTail: readonly string[];

  constructor(headline: string, stderrTail: readonly string[]) {
    super(
      stderrTail.length > 0
        ? `${headline}\nlast lines of its stderr:\n${stderrTail.join('\n')}`
        : headline,
    );
    this.name = 'Neo4jStartError';
    this.headline = headline;
    this.stderrTail = [...stderrTail];
  }
}

/** `entente neo4j [--port P] [--host H] [--data DIR]`: runs until SIGINT/SIGTERM. Returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const parsed = parseArgs(argv);
  if ('error' in parsed) {
    process.stderr.write(`entente neo4j: ${parsed.error}\n${USAGE}\n`);
    process.exitCode = 2;
    return 2;
  }
  if ('help' in parsed) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }

  let server: Neo4jServer | undefined;
  let signalled = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (signalled) {
      process.stderr.write(`${signal} again: exiting without waiting for Neo4j\n`);
      process.exit(1);
    }
    signalled = true;
    process.stderr.write(`${signal}: stopping Neo4j…\n`);
    void server?.stop();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  try {
    try {
      server = await runNeo4j(parsed);
    } catch (error) {
      // The server's stderr has been shown as it came: repeat only the headline.
      const message = error instanceof Neo4jStartError ? error.headline : (error as Error).message;
      process.stderr.write(`entente neo4j: ${message}\n`);
      process.exitCode = 1;
      return 1;
    }
    if (signalled) void server.stop();
    const code = await server.exited;
    if (signalled && (code === 0 || code === 130 || code === 143 || code === null)) {
      process.stderr.write('Neo4j stopped\n');
      return 0;
    }
    process.stderr.write(`Neo4j exited unexpectedly (exit code ${String(code)})\n`);
    process.exitCode = 1;
    return 1;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

const USAGE = `Usage: entente neo4j [--port P] [--host H] [--data DIR]

Runs Neo4j 5.26 Community (embedded, Bolt only) until Ctrl-C. Needs java 17+ and,
for the first start, mvn (downloads Neo4j from Maven Central into ~/.m2).
  --port P    Bolt port (default: the port of NEO4J_URI, else 7687)
  --host H    address to listen on (default 127.0.0.1)
  --data DIR  Neo4j home (default: $DATA_DIR/neo4j, DATA_DIR defaulting to ./data)
Credentials: NEO4J_USER (default neo4j) and NEO4J_PASSWORD (8+ characters);
without NEO4J_PASSWORD authentication is off.`;

type ParsedArgs = Neo4jOptions | { help: true } | { error: string };

function parseArgs(argv: string[]): ParsedArgs {
  const env = process.env;
  const fromUri = /^(?:bolt|neo4j)(?:\+s|\+ssc)?:\/\/(?:[^@/]*@)?(?:\[[^\]]*\]|[^:/]*):(\d+)/.exec(
    env['NEO4J_URI'] ?? '',
  );
  let port = fromUri?.[1] !== undefined ? Number(fromUri[1]) : 7687;
  let host = '127.0.0.1';
  let dataDir = join(env['DATA_DIR'] ?? './data', 'neo4j');
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') return { help: true };
    const eq = arg?.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg?.slice(0, eq) : arg;
    const inline = eq > 0 ? arg?.slice(eq + 1) : undefined;
    const value = (): string | undefined => inline ?? argv[++i];
    if (flag === '--port') {
      const text = value();
      const n = Number(text);
      if (!Number.isInteger(n) || n < 1 || n > 65535) return { error: `invalid --port: ${text}` };
      port = n;
    } else if (flag === '--host') {
      const text = value();
      if (!text) return { error: '--host needs a value' };
      host = text;
    } else if (flag === '--data') {
      const text = value();
      if (!text) return { error: '--data needs a value' };
      dataDir = text;
    } else {
      return { error: `unknown argument: ${String(arg)}` };
    }
  }
  const password = env['NEO4J_PASSWORD'];
  return {
    dataDir,
    host,
    port,
    user: env['NEO4J_USER'] || 'neo4j',
    ...(password ? { password } : {}),
  };
}

function jvmOptions(): string[] {
  const extra = (process.env['NEO4J_JAVA_OPTS'] ?? '').split(/\s+/).filter((s) => s !== '');
  return [
    `-Xmx${process.env['NEO4J_HEAP'] || '512m'}`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    '-XX:-OmitStackTraceInFastThrow',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Dlog4j2.disable.jmx=true',
    // As Neo4j's own launcher does on Java 17+ (fast direct buffers, no warnings).
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    ...extra,
  ];
}

// ---------------------------------------------------------------------------------------------
// Building the Java runner with Maven, once (and again when pom.xml or the Java source changes).

/** Why the runner needs a (re)build, or undefined when target/ is up to date. */
function buildReason(): string | undefined {
  if (!existsSync(CLASSPATH_FILE) || !existsSync(BUILD_STAMP)) return 'not built yet';
  if (!existsSync(join(CLASSES, ...MAIN_CLASS.split('.')) + '.class')) return 'classes missing';
  const built = statSync(BUILD_STAMP).mtimeMs;
  if (newestMtime(POM) > built || newestMtime(join(RUNNER_DIR, 'src')) > built) {
    return 'sources changed';
  }
  const jars = readFileSync(CLASSPATH_FILE, 'utf8').trim().split(delimiter);
  if (jars.some((jar) => jar !== '' && !existsSync(jar))) return 'dependencies missing from ~/.m2';
  return undefined;
}

function newestMtime(path: string): number {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

async function ensureRunnerBuilt(log: (line: string) => void): Promise<void> {
  if (buildReason() === undefined) return;
  const release = await acquireBuildLock(log);
  try {
    const reason = buildReason(); // another process may have built it while we waited
    if (reason === undefined) return;
    const firstTime = !existsSync(CLASSPATH_FILE);
    log(
      `building Neo4j runner (${reason}${firstTime ? '; first time downloads from Maven Central' : ''})…`,
    );
    const started = Date.now();
    await runMaven(['-q', '-B', '-Dstyle.color=never', '-f', POM, 'package', '-DskipTests']);
    if (!existsSync(CLASSPATH_FILE)) {
      throw new Error(`Maven finished but ${CLASSPATH_FILE} is missing`);
    }
    writeFileSync(BUILD_STAMP, `${new Date().toISOString()}\n`);
    log(`built Neo4j runner in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    release();
  }
}

function runMaven(args: string[]): Promise<void> {
  return new Promise((resolveBuild, rejectBuild) => {
    const mvn = spawn('mvn', args, { cwd: RUNNER_DIR, stdio: ['ignore', 'pipe', 'pipe'] });
    const output: string[] = [];
    const collect = (chunk: Buffer): void => {
      output.push(chunk.toString('utf8'));
    };
    mvn.stdout.on('data', collect);
    mvn.stderr.on('data', collect);
    mvn.once('error', (error: NodeJS.ErrnoException) => {
      rejectBuild(
        new Error(
          error.code === 'ENOENT'
            ? 'cannot build the Neo4j runner: `mvn` (Maven 3) is not on PATH'
            : `cannot run mvn: ${error.message}`,
        ),
      );
    });
    mvn.once('close', (code) => {
      if (code === 0) {
        resolveBuild();
        return;
      }
      const lines = output
        .join('')
        .replace(ANSI_COLOUR, '') // Maven prints some even with -B -q
        .split('\n')
        .filter((l) => l.trim() !== '');
      rejectBuild(
        new Error(
          `building server/neo4j-runner failed (mvn exit code ${String(code)}):\n${lines.slice(-30).join('\n')}`,
        ),
      );
    });
  });
}

/** A directory lock so that parallel starts (test workers, dev server) build only once. */
async function acquireBuildLock(log: (line: string) => void): Promise<() => void> {
  mkdirSync(TARGET, { recursive: true });
  const deadline = Date.now() + BUILD_LOCK_TIMEOUT_MS;
  let announced = false;
  for (;;) {
    try {
      mkdirSync(BUILD_LOCK);
      writeFileSync(join(BUILD_LOCK, 'pid'), String(process.pid));
      return () => rmSync(BUILD_LOCK, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (lockIsStale()) {
      rmSync(BUILD_LOCK, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for another build of the Neo4j runner (${BUILD_LOCK})`);
    }
    if (!announced) {
      log('waiting for another process building the Neo4j runner…');
      announced = true;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

function lockIsStale(): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(join(BUILD_LOCK, 'pid'), 'utf8'));
  } catch {
    // No pid yet: the holder is between mkdir and writeFile, unless it died right there.
    const stat = statSync(BUILD_LOCK, { throwIfNoEntry: false });
    return stat !== undefined && Date.now() - stat.mtimeMs > 10_000;
  }
  if (!Number.isInteger(pid) || pid <= 0) return true;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
