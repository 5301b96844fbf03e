package org.sentigrid.worker;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.rmi.NoSuchObjectException;
import java.rmi.registry.LocateRegistry;
import java.rmi.registry.Registry;
import java.rmi.server.RMIServerSocketFactory;
import java.rmi.server.UnicastRemoteObject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.sentigrid.api.grid.CoordinatorService;
import org.sentigrid.api.grid.GridRefusal;
import org.sentigrid.api.grid.JoinReply;
import org.sentigrid.api.grid.JoinRequest;
import org.sentigrid.api.grid.WireFilter;
import org.sentigrid.api.grid.Work;
import org.sentigrid.api.grid.WorkResult;
import org.sentigrid.api.grid.WorkerCredentials;
import org.sentigrid.api.grid.auth.AdmissionGate;
import org.sentigrid.api.grid.auth.JoinSecret;
import org.sentigrid.api.grid.auth.LoopbackClientSocketFactory;
import org.sentigrid.api.grid.auth.LoopbackServerSocketFactory;
import org.sentigrid.api.grid.auth.TokenKey;

/**
 * A small coordinator for the worker's tests, exported for real on a loopback port behind the token
 * proof: hands out the batches queued in it and records what workers send back. {@link #installSecret}
 * makes this test process a worker that knows the token.
 */
final class FakeCoordinator implements CoordinatorService {
    static final String TOKEN = "test-token-0123456789";
    static final TokenKey KEY = TokenKey.of(TOKEN);
    /** The long poll is capped well below the read timeout, as the real coordinator does. */
    private static final long MAX_WAIT_MILLIS = 1_000;

    private final String incarnation;
    private final long heartbeatMillis;
    private final AtomicInteger workerNumbers = new AtomicInteger();
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    final BlockingDeque<Work> queue = new LinkedBlockingDeque<>();
    final List<JoinRequest> joins = new CopyOnWriteArrayList<>();
    final List<String> handedOut = new CopyOnWriteArrayList<>();
    final Map<String, WorkResult> completed = new ConcurrentHashMap<>();
    final Map<String, String> failed = new ConcurrentHashMap<>();
    final List<String> left = new CopyOnWriteArrayList<>();
    final AtomicInteger heartbeats = new AtomicInteger();
    /** At each join: how many TCP connections to this coordinator's port were open (-1 where /proc does not say). */
    final List<Integer> connectionsAtJoin = new CopyOnWriteArrayList<>();
    private int port;
    /** How long each new connection waits before it is served (see {@link #withSlowConnections}). */
    private long connectionDelayMillis;

    private Registry registry;
    CoordinatorService stub;

    FakeCoordinator(String incarnation, long heartbeatMillis) {
        this.incarnation = incarnation;
        this.heartbeatMillis = heartbeatMillis;
    }

    /** Makes this process prove the fake's token, as a worker's start-up does. */
    static void installSecret() {
        JoinSecret.install(new JoinSecret(KEY, null));
    }

    static String key(long jobId, long batchId) {
        return jobId + "/" + batchId;
    }

    /**
     * Serves each new connection only after {@code millis}, as a TLS handshake over a network takes time: a
     * worker's calls made at once then each need a connection of their own. On plain loopback one call can
     * be over before another begins, and RMI gives the second the first one's connection.
     */
    FakeCoordinator withSlowConnections(long millis) {
        this.connectionDelayMillis = millis;
        return this;
    }

    /** Exports this coordinator and a registry holding it, both on {@code port}. */
    FakeCoordinator start(int port) throws Exception {
        return start(port, port);
    }

    /** Exports a registry on {@code registryPort} holding this coordinator, exported on {@code port}. */
    FakeCoordinator start(int registryPort, int port) throws Exception {
        this.port = port;
        // The same socket factories for both, or RMI opens a second listener on the same port (and fails).
        RMIServerSocketFactory loopback = new LoopbackServerSocketFactory(InetAddress.getLoopbackAddress(), KEY,
                AdmissionGate.defaults(), (who, why) -> { });
        RMIServerSocketFactory servers = connectionDelayMillis == 0 ? loopback : slow(loopback, connectionDelayMillis);
        registry = LocateRegistry.createRegistry(registryPort, LoopbackClientSocketFactory.defaults(), servers);
        stub = (CoordinatorService) UnicastRemoteObject.exportObject(this, port,
                LoopbackClientSocketFactory.defaults(), servers, WireFilter.forExports());
        registry.rebind(BINDING, stub);
        return this;
    }

    private static RMIServerSocketFactory slow(RMIServerSocketFactory factory, long millis) {
        return port -> {
            ServerSocket server = factory.createServerSocket(port);
            return new ServerSocket() {
                @Override
                public Socket accept() throws IOException {
                    Socket socket = server.accept();
                    try {
                        Thread.sleep(millis);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return socket;
                }

                @Override
                public int getLocalPort() {
                    return server.getLocalPort();
                }

                @Override
                public InetAddress getInetAddress() {
                    return server.getInetAddress();
                }

                @Override
                public void close() throws IOException {
                    server.close();
                    super.close();
                }

                @Override
                public boolean isClosed() {
                    return server.isClosed();
                }
            };
        };
    }

    /** Unexports the coordinator but leaves its stub in the registry: callers find it, then cannot call it. */
    void stopAllButTheRegistry() throws NoSuchObjectException {
        UnicastRemoteObject.unexportObject(this, true);
    }

    /** Unexports both, as a coordinator that stops does: the port closes. */
    void stop() {
        for (Object exported : new Object[] {this, registry}) {
            try {
                UnicastRemoteObject.unexportObject((java.rmi.Remote) exported, true);
            } catch (NoSuchObjectException | NullPointerException alreadyGone) {
                // stopped before
            }
        }
    }

    /** Forgets every worker, as a coordinator that timed them out would. */
    void forgetWorkers() {
        known.clear();
    }

    @Override
    public byte[] linkTest() {
        return new byte[LINK_TEST_BYTES];
    }

    @Override
    public JoinReply join(JoinRequest request) throws GridRefusal {
        String id = incarnation + "-worker-" + workerNumbers.incrementAndGet();
        known.add(id);
        connectionsAtJoin.add(establishedTo(port));
        joins.add(request);
        return new JoinReply(id, heartbeatMillis);
    }

    @Override
    public Work nextWork(WorkerCredentials worker, long waitMillis) throws GridRefusal {
        check(worker);
        try {
            Work batch = queue.poll(Math.min(waitMillis, MAX_WAIT_MILLIS), TimeUnit.MILLISECONDS);
            if (batch != null && !known.contains(worker.workerId())) {
                // Forgotten while it waited: what it would get is not its work any more.
                queue.addFirst(batch);
                return null;
            }
            if (batch != null) {
                handedOut.add(key(batch.jobId(), batch.batchId()));
            }
            return batch;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    @Override
    public void complete(WorkerCredentials worker, WorkResult result) throws GridRefusal {
        check(worker);
        completed.putIfAbsent(key(result.jobId(), result.batchId()), result);
    }

    @Override
    public void fail(WorkerCredentials worker, long jobId, long batchId, String reason) throws GridRefusal {
        check(worker);
        failed.putIfAbsent(key(jobId, batchId), reason);
    }

    @Override
    public void heartbeat(WorkerCredentials worker) throws GridRefusal {
        check(worker);
        heartbeats.incrementAndGet();
    }

    @Override
    public void leave(WorkerCredentials worker) throws GridRefusal {
        check(worker);
        known.remove(worker.workerId());
        left.add(worker.workerId());
    }

    /**
     * The TCP connections open to {@code port} on this machine, as the kernel lists them (/proc/net/tcp and
     * tcp6: the port in hex after the local address, state 01 for established); -1 where there is no /proc.
     */
    static int establishedTo(int port) {
        String local = String.format(":%04X ", port);
        int count = 0;
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            try {
                for (String line : Files.readAllLines(Path.of(table))) {
                    String[] fields = line.trim().split("\\s+");
                    if (fields.length > 3 && (fields[1] + " ").endsWith(local) && fields[3].equals("01")) {
                        count++;
                    }
                }
            } catch (IOException e) {
                return -1;
            }
        }
        return count;
    }

    private void check(WorkerCredentials worker) throws GridRefusal {
        if (!known.contains(worker.workerId())) {
            throw new GridRefusal("unknown worker " + worker.workerId() + "; join again");
        }
    }
}
