// The one place that talks to Neo4j: owns the driver, opens and closes sessions, runs managed
// read/write transactions, converts records to plain objects, and maps driver errors to domain
// errors. Every other Neo4j file receives a `Tx` from here and never sees the driver.

import neo4j, { Neo4jError, type Driver, type ManagedTransaction } from 'neo4j-driver';
import { StoreUnavailableError } from '../../domain';
import { failFast } from './fail-fast';

export interface GatewayOptions {
  uri: string;
  user: string;
  password: string;
  /** Database name; the server's default database when omitted. */
  database?: string | undefined;
  /** How long executeRead/executeWrite keep retrying transient failures; default 15 s. */
  maxTransactionRetryTimeMs?: number | undefined;
  /** How long to wait for a TCP connection; default 5 s. */
  connectionTimeoutMs?: number | undefined;
}

/** A record as a plain object; integers are JS numbers (`disableLosslessIntegers`). */
export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

/** What query code gets inside a transaction function. */
export interface Tx {
  run(cypher: string, params?: Params): Promise<Row[]>;
}

export interface Gateway {
  read<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  write<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  ping(): Promise<boolean>;
  /** The bookmark of the latest transaction the database has committed (an empty read's). */
  latestBookmark(): Promise<string>;
  close(): Promise<void>;
}

/** Driver codes and server codes that mean "the database cannot be used right now". */
const UNAVAILABLE = new Set([
  neo4j.error.SERVICE_UNAVAILABLE,
  neo4j.error.SESSION_EXPIRED,
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Database.DatabaseNotFound',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

export function mapNeo4jError(error: unknown, uri: string): unknown {
  if (error instanceof Neo4jError && UNAVAILABLE.has(error.code)) {
    return new StoreUnavailableError(`Neo4j at ${uri} is unavailable: ${error.message}`, error);
  }
  return error;
}

/** Whether a write failed on a uniqueness constraint (a CREATE of an id that exists). */
export function isConstraintViolation(error: unknown): boolean {
  return (
    error instanceof Neo4jError &&
    error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed'
  );
}

const wrap = (tx: ManagedTransaction): Tx => ({
  async run(cypher, params = {}) {
    const result = await tx.run(cypher, params);
    return result.records.map((record) => record.toObject());
  },
});

export function createGateway(options: GatewayOptions): Gateway {
  const { uri, database } = options;
  let driver: Driver | null = null;
  let closed = false;

  /** Created on first use so a bad URI surfaces as a rejected promise, not a throw at wiring. */
  function current(): Driver {
    if (closed) throw new StoreUnavailableError(`Neo4j store ${uri} is closed`);
    if (!driver) {
      try {
        driver = neo4j.driver(uri, neo4j.auth.basic(options.user, options.password), {
          disableLosslessIntegers: true,
          maxTransactionRetryTime: options.maxTransactionRetryTimeMs ?? 15_000,
          connectionTimeout: options.connectionTimeoutMs ?? 5_000,
          userAgent: 'entente',
        });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new StoreUnavailableError(
          `cannot create a Neo4j driver for ${uri}: ${reason}`,
          error,
        );
      }
    }
    return driver;
  }

  async function inSession<T>(mode: 'READ' | 'WRITE', work: (tx: Tx) => Promise<T>): Promise<T> {
    const session = current().session({
      ...(database ? { database } : {}),
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    // The managed functions retry transient errors, so `work` must be safe to replay.
    const running = (async () => {
      try {
        return mode === 'READ'
          ? await session.executeRead((tx) => work(wrap(tx)))
          : await session.executeWrite((tx) => work(wrap(tx)));
      } finally {
        await session.close();
      }
    })();
    try {
      // A read stops waiting once Neo4j is found down; a write waits out the driver's retries.
      return mode === 'READ' ? await failFast(running, { ping, uri }) : await running;
    } catch (error) {
      throw mapNeo4jError(error, uri);
    }
  }

  async function ping(): Promise<boolean> {
    try {
      await current().verifyConnectivity(database ? { database } : {});
      return true;
    } catch {
      return false;
    }
  }

  return {
    read: (work) => inSession('READ', work),
    write: (work) => inSession('WRITE', work),
    ping,
    async latestBookmark() {
      const session = current().session({
        ...(database ? { database } : {}),
        defaultAccessMode: neo4j.session.READ,
      });
      try {
        // Auto-commit, not retried: when the server is down this fails at once.
        await session.run('RETURN 1');
        return session.lastBookmarks().join(',');
      } catch (error) {
        throw mapNeo4jError(error, uri);
      } finally {
        await session.close();
      }
    },
    async close() {
      closed = true;
      const open = driver;
      driver = null;
      await open?.close();
    },
  };
}
