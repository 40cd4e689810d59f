import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Starts Neo4j Community in-process with Bolt on loopback.
 *
 * Contract with src/neo4j/localNeo4j.ts:
 *   args: <homeDir> <boltPort> [pageCacheMb]; password comes from NEO4J_PASSWORD (never argv, so it
 *   does not show up in `ps`).
 *   stdout: one line "BOLT_READY bolt://127.0.0.1:<port>" once Bolt accepts connections.
 *   The parent holds our stdin open; EOF means the parent died, so we shut down rather than linger.
 */
public final class Neo4jLauncher {
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: Neo4jLauncher <homeDir> <boltPort> [pageCacheMb]");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        long pageCacheMb = args.length > 2 ? Long.parseLong(args[2]) : 256;
        String password = System.getenv().getOrDefault("NEO4J_PASSWORD", "");
        boolean auth = !password.isEmpty();

        // If the parent dies (even mid-start-up, even by SIGKILL) we must not linger.
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(0)));
        // A rehearsal start (the class-list run of classArchive.ts) has no parent holding stdin open.
        boolean rehearsal = "1".equals(System.getenv("NEO4J_LAUNCHER_EXIT_WHEN_READY"));
        Thread stdinWatch = new Thread(() -> {
            try {
                byte[] buf = new byte[64];
                while (System.in.read(buf) >= 0) { /* ignore input */ }
            } catch (Exception ignored) { }
            System.exit(0);
        }, "stdin-watch");
        stdinWatch.setDaemon(true);
        if (!rehearsal) stdinWatch.start();

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, auth)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
                // Shutdown within a few seconds rather than 15-25 s. The debug log showed where the time went:
                // checkpoints took under a second, but the Bolt server shut its two Netty event loop groups
                // down "gracefully", each waiting out a 5 s quiet period (internal defaults), and would wait
                // 5 s more for connections still open. Nothing arrives on a server that is stopping, so no
                // quiet period is needed; open transactions get 2 s before they are rolled back.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(2))
                .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(2))
                // A crash replays the transaction log written since the last checkpoint; on a fresh store that
                // included every index creation, so a SIGKILL minutes after the first ingest re-populated every
                // index on restart. Checkpoints are cheap on a store this size; the default waits 15 minutes.
                .setConfig(GraphDatabaseSettings.check_point_interval_time, Duration.ofMinutes(1))
                .build();

        Thread hook = new Thread(() -> {
            try { dbms.shutdown(); } catch (Throwable ignored) { }
        }, "neo4j-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);

        // ALTER USER is the first Cypher statement the JVM compiles: on a busy machine it took 15-50 s
        // after Bolt was up, which every restart paid again. A marker holding the password's hash skips it
        // when the stored password is already the one asked for.
        if (auth) {
            Path marker = home.resolve("password.sha256");
            String digest = sha256(password);
            if (!java.nio.file.Files.exists(marker) || !java.nio.file.Files.readString(marker).trim().equals(digest)) {
                setPassword(dbms, password);
                java.nio.file.Files.writeString(marker, digest + "\n");
            }
        }

        System.out.println("BOLT_READY bolt://127.0.0.1:" + port);
        System.out.flush();
        // A rehearsal stops here, cleanly.
        if (rehearsal) System.exit(0);

        // Stay up until stdin closes or the parent exits (System.exit runs the shutdown hook).
        Thread.currentThread().join();
    }

    private static String sha256(String text) throws java.security.NoSuchAlgorithmException {
        byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        StringBuilder hex = new StringBuilder();
        for (byte b : hash) hex.append(String.format("%02x", b));
        return hex.toString();
    }

    private static void setPassword(DatabaseManagementService dbms, String password) {
        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
        } catch (RuntimeException e) {
            // Re-setting the same password is refused by Neo4j; that is the warm-start case and fine.
            String msg = String.valueOf(e.getMessage());
            if (!msg.contains("cannot be the same")) throw e;
        }
    }
}
