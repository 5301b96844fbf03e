package org.sentigrid.serve;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A plain TCP front door for sentiment scores, for clients in any language: a {@link ServerSocket}
 * bound to one address, at most {@link ServerSettings#maxConnections} connections served at once
 * (more wait in the listen backlog until one ends), each on a thread of its own. What one client
 * address may hold is bounded ({@link ClientLimits}: connections, and bytes of requests), every request
 * must arrive within its timeout and every answer be read within the write timeout. Scores come from a
 * {@link TextScorer} through a {@link WorkQueue}. {@link #close} stops accepting, lets the open connections
 * answer what has arrived (for a few seconds at most), then closes them.
 */
public final class SentimentServer implements AutoCloseable {
    /** Connections the kernel holds for us while all slots are busy. */
    static final int BACKLOG = 128;
    /** On close, how long open connections may take to answer what has arrived... */
    private static final long GRACE_MILLIS = 3_000;
    /** ...and then to say that the server is shutting down, before they are closed as they are. */
    private static final long LAST_WORDS_MILLIS = 500;

    private final ServerSocket listener;
    private final ServerSettings settings;
    private volatile Served served;
    private final ClientLimits limits;
    private final ScheduledExecutorService alarms;
    private final Semaphore slots;
    private final ExecutorService pool;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean closing = new AtomicBoolean();
    private final AtomicBoolean started = new AtomicBoolean();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Thread acceptor;

    private SentimentServer(ServerSocket listener, ServerSettings settings) {
        this.listener = listener;
        this.settings = settings;
        this.limits = new ClientLimits(settings);
        this.slots = new Semaphore(settings.maxConnections());
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "sentigrid-serve-alarms");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);  // most alarms are cancelled: the write finished in time
        this.alarms = timer;
        // A thread for each connection (a line connection has a second, to write), made when none is idle:
        // the slots bound them. The thread idle the shortest takes the next connection, its stack still warm.
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "sentigrid-serve-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.acceptor = new Thread(this::acceptLoop, "sentigrid-serve-accept");
        this.acceptor.setDaemon(true);
    }

    /**
     * Binds {@code address} (port 0: any free port) without accepting yet: a taken port fails here,
     * before anything else is started. Connections that arrive before {@link #start} wait.
     */
    public static SentimentServer bind(InetSocketAddress address, ServerSettings settings) throws IOException {
        ServerSocket listener = new ServerSocket();
        try {
            listener.setReuseAddress(true);
            listener.bind(address, BACKLOG);
        } catch (IOException e) {
            listener.close();
            throw e;
        }
        return new SentimentServer(listener, settings);
    }

    /** Binds and starts accepting. */
    public static SentimentServer start(InetSocketAddress address, ServerSettings settings, TextScorer scorer)
            throws IOException {
        SentimentServer server = bind(address, settings);
        server.start(scorer);
        return server;
    }

    /** Starts accepting connections, scoring with {@code scorer}; returns at once. */
    public void start(TextScorer scorer) {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("already started");
        }
        this.served = new Served(settings, new WorkQueue(Objects.requireNonNull(scorer, "scorer")), alarms, closing::get);
        acceptor.start();
    }

    /** Where it listens, with the port actually bound. */
    public InetSocketAddress address() {
        return (InetSocketAddress) listener.getLocalSocketAddress();
    }

    public ServerSettings settings() {
        return settings;
    }

    /** Bytes of requests held now (read and not yet answered), all clients together. */
    long bufferedBytes() {
        return limits.bytes();
    }

    /** Connections being served now. */
    int connections() {
        return limits.connections();
    }

    /** Waits until {@link #close} has finished; false on timeout. */
    public boolean awaitClosed(Duration timeout) throws InterruptedException {
        return closed.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Waits until {@link #close} has finished. */
    public void awaitClosed() throws InterruptedException {
        closed.await();
    }

    /**
     * Stops accepting; open connections see the end of their input, answer what has arrived (a
     * request cut short gets {@code error: the server is shutting down}) and close; after a few
     * seconds the rest are closed as they are. Idempotent; a second caller waits for the first.
     */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            try {
                closed.await(3 * GRACE_MILLIS + LAST_WORDS_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return;
        }
        try {
            try {
                listener.close();
            } catch (IOException ignored) {
                // Closed either way.
            }
            acceptor.interrupt();
            for (Socket socket : open) {
                try {
                    socket.shutdownInput();
                } catch (IOException ignored) {
                    // Already closed.
                }
            }
            pool.shutdown();
            if (!pool.awaitTermination(GRACE_MILLIS, TimeUnit.MILLISECONDS)) {
                pool.shutdownNow();  // requests still waiting for scores are told the server is shutting down
                if (!pool.awaitTermination(LAST_WORDS_MILLIS, TimeUnit.MILLISECONDS)) {
                    open.forEach(Requests::closeQuietly);
                    pool.awaitTermination(GRACE_MILLIS, TimeUnit.MILLISECONDS);
                }
            }
            acceptor.join(GRACE_MILLIS);
            alarms.shutdownNow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            open.forEach(Requests::closeQuietly);
            pool.shutdownNow();
            alarms.shutdownNow();
        } finally {
            closed.countDown();
        }
    }

    private void acceptLoop() {
        while (!closing.get()) {
            Socket socket;
            try {
                slots.acquire();
            } catch (InterruptedException e) {
                return;  // closing
            }
            try {
                socket = listener.accept();
            } catch (IOException e) {
                slots.release();
                if (closing.get() || listener.isClosed()) {
                    return;
                }
                pause();  // e.g. too many open files: try again shortly rather than spin
                continue;
            }
            serve(socket);
        }
    }

    private void serve(Socket socket) {
        ClientLimits.Share share = limits.connect(socket.getInetAddress());
        if (share == null) {
            Requests.refuse(socket, Requests.tooManyConnections(settings, socket.getInetAddress()));
            slots.release();
            return;
        }
        open.add(socket);
        try {
            socket.setTcpNoDelay(true);
            if (closing.get()) {
                throw new RejectedExecutionException("closing");
            }
            pool.execute(() -> {
                try {
                    if (settings.protocol() == Protocol.COMPAT) {
                        new CompatConnection(socket, share, served).serve();
                    } else {
                        new LineConnection(socket, share, served, pool).serve();
                    }
                } catch (RuntimeException e) {
                    // A bug: the connection ends; the server goes on.
                    if ("1".equals(System.getenv("SENTIGRID_DEBUG"))) {
                        e.printStackTrace();
                    }
                } finally {
                    Requests.closeQuietly(socket);
                    open.remove(socket);
                    share.close();
                    slots.release();
                }
            });
        } catch (SocketException | RejectedExecutionException e) {
            Requests.refuse(socket, Requests.SHUTTING_DOWN);
            open.remove(socket);
            share.close();
            slots.release();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
