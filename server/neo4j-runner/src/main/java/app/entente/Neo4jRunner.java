// Runs an embedded Neo4j Community DBMS with a Bolt connector for Entente (started by server/src/cli/neo4j.ts).
package app.entente;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.internal.kernel.api.security.AuthenticationResult;
import org.neo4j.internal.kernel.api.security.LoginContext;
import org.neo4j.kernel.api.security.AuthManager;
import org.neo4j.kernel.api.security.AuthToken;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Usage: {@code java -cp ... app.entente.Neo4jRunner [--data DIR] [--host H] [--port P] [--exit-on-stdin-eof]}
 *
 * <p>Environment: {@code NEO4J_USER} (default {@code neo4j}), {@code NEO4J_PASSWORD} (auth is disabled when unset
 * or empty), {@code NEO4J_PAGECACHE} (default {@code 256m}).
 *
 * <p>stdout carries exactly one line, {@code NEO4J READY bolt://HOST:PORT}, once Bolt accepts connections and the
 * default database is available. Everything else goes to stderr. SIGTERM/SIGINT stop the DBMS cleanly through a
 * shutdown hook (the JVM then exits with 143/130); with {@code --exit-on-stdin-eof} the runner also stops, with 0,
 * when its parent closes stdin (so a killed launcher leaves no server behind). Start failures exit with 2 (bad
 * arguments or password), 3 (Bolt port in use), 4 (data directory in use by another Neo4j) or 1 (anything else).
 */
public final class Neo4jRunner {
    private static final int MIN_PASSWORD_LENGTH = 8;
    private static final PrintStream ERR = System.err;

    private static volatile DatabaseManagementService managementService;

    private Neo4jRunner() {}

    public static void main(String[] args) {
        String dataDir = "./data/neo4j";
        String host = "127.0.0.1";
        int port = 7687;
        boolean exitOnStdinEof = false;

        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--data" -> dataDir = value(args, ++i, arg);
                case "--host" -> host = value(args, ++i, arg);
                case "--port" -> port = parsePort(value(args, ++i, arg));
                case "--exit-on-stdin-eof" -> exitOnStdinEof = true;
                case "-h", "--help" -> {
                    ERR.println("usage: Neo4jRunner [--data DIR] [--host H] [--port P] [--exit-on-stdin-eof]");
                    System.exit(0);
                }
                default -> fail(2, "unknown argument: " + arg);
            }
        }

        String user = envOr("NEO4J_USER", "neo4j");
        String password = System.getenv("NEO4J_PASSWORD");
        boolean authEnabled = password != null && !password.isEmpty();
        if (authEnabled && password.length() < MIN_PASSWORD_LENGTH) {
            fail(2, "NEO4J_PASSWORD must be at least " + MIN_PASSWORD_LENGTH + " characters long (Neo4j's minimum), got "
                    + password.length());
        }
        long pageCache = parseBytes(envOr("NEO4J_PAGECACHE", "256m"));

        Path home = Path.of(dataDir).toAbsolutePath().normalize();
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            fail(1, "cannot create data directory " + home + ": " + e);
        }

        checkPortFree(host, port);
        checkStoreUnlocked(home);

        Runtime.getRuntime().addShutdownHook(new Thread(Neo4jRunner::shutdown, "neo4j-runner-shutdown"));

        log("starting Neo4j in " + home + " (bolt " + host + ":" + port + ", "
                + (authEnabled ? "auth enabled for user '" + user + "'" : "auth DISABLED: NEO4J_PASSWORD not set") + ")");
        long started = System.nanoTime();
        try {
            managementService = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(HttpsConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, authEnabled)
                    // No anonymous usage reports to neo4j.com (the machine may only reach package registries).
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    .setConfig(GraphDatabaseInternalSettings.udc_network_enabled, false)
                    // Small footprint for a shared 2-core machine.
                    .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                    .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, 32L * 1024 * 1024)
                    .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                    // Netty waits a 5 s "quiet period" when Bolt shuts down, after all connections are closed
                    // and the databases are stopped; nothing is left to drain by then.
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .build();
        } catch (Throwable t) {
            failStart(t, host, port, home);
        }

        try {
            GraphDatabaseService db = managementService.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            if (!db.isAvailable(Duration.ofMinutes(2).toMillis())) {
                fail(1, "default database did not become available within 2 minutes");
            }
            if (authEnabled) {
                ensureUser(user, password);
            }
            waitForBolt(host, port);
        } catch (Throwable t) {
            failStart(t, host, port, home);
        }

        log(String.format("started in %.1f s", (System.nanoTime() - started) / 1e9));
        System.out.println("NEO4J READY bolt://" + formatHost(host) + ":" + port);
        System.out.flush();

        if (exitOnStdinEof) {
            Thread watcher = new Thread(Neo4jRunner::exitOnStdinEof, "neo4j-runner-stdin-watch");
            watcher.setDaemon(true);
            watcher.start();
        }

        try {
            new CountDownLatch(1).await(); // run until the shutdown hook stops the DBMS
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Makes sure {@code user} exists with {@code password} and needs no password change (Community has no roles).
     *
     * <p>Every Cypher statement costs seconds on a cold JVM, so the credentials are first checked the way Bolt checks
     * them (through the DBMS's {@link AuthManager}); the system graph is only changed when that check fails.
     */
    private static void ensureUser(String user, String password) {
        GraphDatabaseService system = managementService.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        AuthenticationResult current = checkLogin(system, user, password);
        if (current == AuthenticationResult.SUCCESS) {
            log("user '" + user + "' already has that password");
            return;
        }
        Map<String, Object> params = Map.of("user", user, "password", password);
        if (current == AuthenticationResult.PASSWORD_CHANGE_REQUIRED) {
            system.executeTransactionally("ALTER USER $user SET PASSWORD CHANGE NOT REQUIRED", Map.of("user", user));
            log("cleared the pending password change of user '" + user + "'");
            return;
        }
        if (current != null) {
            // Wrong password or no such user: both statements are no-ops in the other case.
            system.executeTransactionally("ALTER USER $user IF EXISTS SET PASSWORD $password CHANGE NOT REQUIRED", params);
            if (checkLogin(system, user, password) == AuthenticationResult.SUCCESS) {
                log("set password of user '" + user + "'");
                return;
            }
            system.executeTransactionally("CREATE USER $user IF NOT EXISTS SET PASSWORD $password CHANGE NOT REQUIRED",
                    params);
            log("created user '" + user + "'");
            return;
        }
        // The internal check is unavailable: do it with Cypher alone.
        boolean exists = system.executeTransactionally(
                "SHOW USERS YIELD user WHERE user = $user RETURN count(*) AS n",
                Map.of("user", user),
                result -> ((Number) result.next().get("n")).longValue() > 0);
        if (!exists) {
            system.executeTransactionally("CREATE USER $user SET PASSWORD $password CHANGE NOT REQUIRED", params);
            log("created user '" + user + "'");
            return;
        }
        try {
            system.executeTransactionally("ALTER USER $user SET PASSWORD $password CHANGE NOT REQUIRED", params);
            log("set password of user '" + user + "'");
        } catch (RuntimeException e) {
            // Neo4j refuses to "change" a password to the one it already has.
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
                throw e;
            }
            system.executeTransactionally("ALTER USER $user SET PASSWORD CHANGE NOT REQUIRED", Map.of("user", user));
            log("user '" + user + "' already has that password");
        }
    }

    /** Logs in like a Bolt client would; {@code null} when Neo4j's internal auth API is not reachable. */
    private static AuthenticationResult checkLogin(GraphDatabaseService system, String user, String password) {
        try {
            AuthManager auth = ((GraphDatabaseAPI) system).getDependencyResolver().resolveDependency(AuthManager.class);
            LoginContext login = auth.login(AuthToken.newBasicAuthToken(user, password),
                    ClientConnectionInfo.EMBEDDED_CONNECTION);
            return login.subject().getAuthenticationResult();
        } catch (Exception | LinkageError e) {
            log("cannot check credentials directly (" + e + "); falling back to Cypher");
            return null;
        }
    }

    private static void shutdown() {
        DatabaseManagementService service = managementService;
        if (service == null) {
            return;
        }
        managementService = null;
        log("stopping Neo4j…");
        long started = System.nanoTime();
        try {
            service.shutdown();
            log(String.format("stopped in %.1f s", (System.nanoTime() - started) / 1e9));
        } catch (Throwable t) {
            log("error during shutdown: " + t);
        }
    }

    private static void exitOnStdinEof() {
        try {
            InputStream in = System.in;
            byte[] buf = new byte[256];
            while (in.read(buf) >= 0) {
                // ignore input; we only care about the parent closing the pipe
            }
        } catch (IOException ignored) {
            // treat like EOF
        }
        log("stdin closed (parent gone): shutting down");
        System.exit(0);
    }

    private static void checkPortFree(String host, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(host), port));
        } catch (BindException e) {
            fail(3, "Bolt port " + host + ":" + port + " is already in use (" + e.getMessage()
                    + "); stop the other process or pass --port");
        } catch (IOException e) {
            fail(3, "cannot listen on " + host + ":" + port + ": " + e);
        }
    }

    /**
     * Neo4j takes an OS file lock on {@code data/databases/store_lock}; probing it first fails fast (Neo4j itself
     * only gives up after ~15 s of partial start-up and tear-down).
     */
    private static void checkStoreUnlocked(Path home) {
        Path lockFile = home.resolve("data").resolve("databases").resolve("store_lock");
        if (!Files.exists(lockFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                fail(4, "data directory " + home + " is in use by another Neo4j process (" + lockFile
                        + " is locked); stop that process or pass another --data");
            } else {
                lock.release();
            }
        } catch (IOException e) {
            fail(4, "cannot lock " + lockFile + ": " + e);
        }
    }

    private static void waitForBolt(String host, int port) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        IOException last = null;
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, port), 1000);
                return;
            } catch (IOException e) {
                last = e;
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("Bolt is not accepting connections on " + host + ":" + port, last);
    }

    private static void failStart(Throwable t, String host, int port, Path home) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            String name = c.getClass().getName();
            String msg = String.valueOf(c.getMessage());
            if (c instanceof BindException || name.endsWith("PortBindException")) {
                fail(3, "Bolt port " + host + ":" + port + " is already in use: " + msg);
            }
            if (name.endsWith("FileLockException")) {
                fail(4, "data directory " + home + " is in use by another Neo4j process: " + msg);
            }
        }
        ERR.println("[neo4j-runner] Neo4j failed to start:");
        t.printStackTrace(ERR);
        fail(1, "Neo4j failed to start: " + rootMessage(t));
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static String formatHost(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    private static long parseBytes(String text) {
        String s = text.trim().toLowerCase();
        long unit = 1;
        char last = s.isEmpty() ? ' ' : s.charAt(s.length() - 1);
        switch (last) {
            case 'k' -> unit = 1024L;
            case 'm' -> unit = 1024L * 1024;
            case 'g' -> unit = 1024L * 1024 * 1024;
            default -> {}
        }
        if (unit != 1) {
            s = s.substring(0, s.length() - 1);
        }
        try {
            return Long.parseLong(s.trim()) * unit;
        } catch (NumberFormatException e) {
            fail(2, "invalid size: " + text + " (expected e.g. 256m)");
            return 0;
        }
    }

    private static int parsePort(String text) {
        try {
            int p = Integer.parseInt(text);
            if (p < 1 || p > 65535) {
                throw new NumberFormatException();
            }
            return p;
        } catch (NumberFormatException e) {
            fail(2, "invalid port: " + text);
            return 0;
        }
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length) {
            fail(2, "missing value for " + flag);
        }
        return args[i];
    }

    private static String envOr(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isEmpty() ? fallback : v;
    }

    private static void log(String message) {
        ERR.println("[neo4j-runner] " + message);
        ERR.flush();
    }

    private static void fail(int code, String message) {
        ERR.println("[neo4j-runner] ERROR: " + message);
        ERR.flush();
        System.exit(code);
    }
}
