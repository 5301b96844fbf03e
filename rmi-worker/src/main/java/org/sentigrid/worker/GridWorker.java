package org.sentigrid.worker;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.rmi.ConnectIOException;
import java.rmi.NotBoundException;
import java.rmi.Remote;
import java.rmi.RemoteException;
import java.rmi.registry.LocateRegistry;
import java.rmi.registry.Registry;
import java.rmi.server.RemoteObject;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.sentigrid.api.ExitStatus;
import org.sentigrid.api.grid.CoordinatorService;
import org.sentigrid.api.grid.GridRefusal;
import org.sentigrid.api.grid.JoinReply;
import org.sentigrid.api.grid.JoinRequest;
import org.sentigrid.api.grid.Work;
import org.sentigrid.api.grid.WorkResult;
import org.sentigrid.api.grid.tls.CipherWarmUp;
import org.sentigrid.api.grid.WorkerCredentials;
import org.sentigrid.api.grid.tls.TlsClientSocketFactory;
import org.sentigrid.api.grid.auth.JoinRefusal;
import org.sentigrid.api.grid.auth.LoopbackClientSocketFactory;

/**
 * The worker at work: joins the coordinator, runs two loops per thread that each pull a batch, score
 * it and push the scores back, sends heartbeats, re-joins when the coordinator goes away, and stops
 * cleanly. At most {@code threads} loops score at once; the others meanwhile fetch the next batch or
 * send scores, so a core never waits for the network (what lies on the wire is fetched ahead).
 *
 * <p>Threads: one fixed pool of named daemon threads (a supervisor that joins and re-joins, the pulling
 * loops, and a watcher of standard input with {@code --exit-with-parent}), and one scheduled thread
 * for heartbeats. Nothing here calls {@code System.exit}: {@link #run()} returns the exit status.
 */
final class GridWorker {
    /** How long one {@code nextWork} call may wait for work (the coordinator caps it below its read timeout). */
    static final long POLL_MILLIS = 5_000;
    static final long FIRST_RETRY_MILLIS = 500;
    static final long MAX_RETRY_MILLIS = 8_000;
    /** After a stop, how long batches being scored may still finish before they are handed back. */
    static final long GRACE_MILLIS = 5_000;
    /** Then how long scores already being sent may take. */
    static final long SUBMIT_GRACE_MILLIS = 2_000;
    static final String STOPPING_REASON = "worker stopping";
    /** How many connections to the coordinator a worker opens before it joins (see lookUpOnConnectionsAhead). */
    static final int CONNECTIONS_AHEAD = 4;
    /** How many link tests are timed, after one that is not (it opens the way: TCP's window, cold code). */
    static final int LINK_TESTS = 5;
    /** A link test this slow says enough: the link wants packed work, and more tests would only delay the join. */
    private static final long SLOW_LINK_TEST_NANOS = TimeUnit.MILLISECONDS.toNanos(200);
    private static final String LISTEN_HINT = "check the address and that Sentigrid listens there with --listen";

    private final WorkerSettings settings;
    /** What it joins with; its link measured at the first join that reaches a coordinator over TLS. */
    private JoinRequest request;
    private final WorkerLog log;
    private final InputStream parent;
    private final long graceMillis;
    private final Link link = new Link();
    private final BatchScorer scorer = new BatchScorer();
    /** A permit per thread: loops beyond that many fetch and send while the others score. */
    private final Semaphore scoring;
    private final Set<InFlight> inFlight = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final CompletableFuture<Integer> outcome = new CompletableFuture<>();
    private final Object finishing = new Object();
    private final ExecutorService pool;
    private final ScheduledExecutorService heartbeats;
    private ScheduledFuture<?> heartbeat;
    /** Whether the engine has been warmed up (once, before the first join that reaches a coordinator). */
    private boolean warmedUp;

    /** The coordinator's stub names an address this machine cannot connect to. */
    private static final class UnreachableStub extends Exception {
        private static final long serialVersionUID = 1L;
        final String endpoint;

        UnreachableStub(String endpoint, RemoteException cause) {
            super(endpoint, cause);
            this.endpoint = endpoint;
        }
    }

    GridWorker(WorkerSettings settings, JoinRequest request, WorkerLog log, InputStream parent) {
        this(settings, request, log, parent, GRACE_MILLIS);
    }

    GridWorker(WorkerSettings settings, JoinRequest request, WorkerLog log, InputStream parent, long graceMillis) {
        this.graceMillis = graceMillis;
        this.settings = settings;
        this.request = request;
        this.log = log;
        this.parent = parent;
        this.scoring = new Semaphore(settings.threads());
        // The supervisor, two pulling loops per thread, and the watcher of standard input.
        this.pool = Executors.newFixedThreadPool(2 * settings.threads() + 2, new WorkerThreads("sentigrid-worker"));
        this.heartbeats = Executors.newSingleThreadScheduledExecutor(new WorkerThreads("sentigrid-heartbeat"));
    }

    /** Joins and works until stopped, refused or given up; returns the exit status. */
    int run() {
        try {
            pool.execute(this::supervise);
            if (settings.exitWithParent()) {
                pool.execute(this::watchParent);
            }
            return outcome.join();
        } finally {
            heartbeats.shutdownNow();
            pool.shutdownNow();
        }
    }

    /**
     * A clean stop (SIGTERM, Ctrl-C): pulls nothing more, lets batches being scored finish and be sent
     * (up to {@link #GRACE_MILLIS}), hands the rest back, and leaves. Returns when done.
     */
    void shutdown() {
        if (outcome.isDone() || !stopping.compareAndSet(false, true)) {
            return;
        }
        link.close();
        Membership membership = link.current();
        int held = inFlight.size();
        log.say(held == 0 ? "stopping" : "stopping: finishing " + held + (held == 1 ? " batch" : " batches"));
        awaitUntil(() -> inFlight.stream().noneMatch(InFlight::isScoring), graceMillis);
        int handedBack = 0;
        for (InFlight taken : List.copyOf(inFlight)) {
            if (taken.claimForStop()) {
                handBack(taken, STOPPING_REASON);
                handedBack++;
            }
        }
        awaitUntil(inFlight::isEmpty, SUBMIT_GRACE_MILLIS);
        String unfinished = handedBack == 0 ? "" : " (handed back " + handedBack + " unfinished "
                + (handedBack == 1 ? "batch)" : "batches)");
        if (membership == null) {
            finish(ExitStatus.OK, "stopped" + unfinished);
            return;
        }
        try {
            membership.coordinator().leave(membership.credentials());
            finish(ExitStatus.OK, "left the coordinator at " + settings.address() + unfinished);
        } catch (RemoteException | GridRefusal | RuntimeException e) {
            log.debug("leave failed", e);
            finish(ExitStatus.OK, "stopped" + unfinished + "; could not tell the coordinator at "
                    + settings.address() + " (" + Reasons.connection(e) + ")");
        }
    }

    /** How many batches this worker holds now. */
    int inFlightCount() {
        return inFlight.size();
    }

    /** The exit status once the worker has finished (waits for it). */
    int awaitStatus() {
        return outcome.join();
    }

    private void supervise() {
        Thread.currentThread().setName("sentigrid-worker-supervisor");
        try {
            if (firstJoin() == null) {
                return;
            }
            for (int i = 1; i <= 2 * settings.threads(); i++) {
                int number = i;
                pool.execute(() -> pull(number));
            }
            for (Link.Trouble trouble = link.awaitTrouble(); trouble != null; trouble = link.awaitTrouble()) {
                log.debug("membership " + trouble.membership().workerId() + " is over", trouble.problem());
                if (trouble.problem() instanceof GridRefusal) {
                    // Any refusal after a join means these credentials are over (the coordinator forgot this
                    // worker); joining again says whether the worker is still welcome.
                    log.say("the coordinator at " + settings.address() + " no longer knows this worker; joining again");
                } else {
                    log.say("lost the coordinator at " + settings.address() + " ("
                            + Reasons.connection(trouble.problem()) + "); reconnecting");
                }
                if (!rejoin(trouble.problem())) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            log.debug("unexpected", e);
            finish(ExitStatus.INTERNAL_ERROR, "stopped by an unexpected error: " + Reasons.describe(e));
        }
    }

    private Membership firstJoin() {
        Membership membership;
        try {
            membership = join();
        } catch (GridRefusal refusal) {
            finish(ExitStatus.REFUSED, refused(refusal));
            return null;
        } catch (NotBoundException e) {
            finish(ExitStatus.FAILED, "no Sentigrid coordinator is registered at " + settings.address() + "; "
                    + LISTEN_HINT);
            return null;
        } catch (UnreachableStub e) {
            finish(ExitStatus.FAILED, "the coordinator at " + settings.address() + " answered, but gave "
                    + e.endpoint + " as its own address, which cannot be reached from here ("
                    + Reasons.connection(e.getCause()) + "); start Sentigrid with --listen set to an address"
                    + " this machine can reach");
            return null;
        } catch (RemoteException | RuntimeException e) {
            log.debug("join failed", e);
            if (refusedAtConnection(e)) {
                return null;
            }
            finish(ExitStatus.FAILED, "cannot reach the coordinator at " + settings.address() + " ("
                    + Reasons.connection(e) + "); " + LISTEN_HINT);
            return null;
        }
        if (!adopt(membership)) {
            return null;
        }
        long link = request.linkBytesPerSecond();
        log.say("joined the coordinator at " + settings.address() + " as worker " + membership.workerId()
                + (link == 0 ? "" : " (link " + JoinRequest.describeLink(link) + ")"));
        return membership;
    }

    /** Re-joins with backoff; false when the worker is finished (stopped, refused or given up). */
    private boolean rejoin(Exception problem) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(settings.giveUpMillis());
        long delay = FIRST_RETRY_MILLIS;
        Exception last = problem;
        while (true) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (!link.pause(Math.max(0, Math.min(delay, left)))) {
                return false;
            }
            try {
                Membership membership = join();
                if (!adopt(membership)) {
                    return false;
                }
                log.say("back with the coordinator at " + settings.address() + " as worker " + membership.workerId());
                return true;
            } catch (GridRefusal refusal) {
                finish(ExitStatus.REFUSED, refused(refusal));
                return false;
            } catch (Exception e) {
                log.debug("re-join failed", e);
                JoinRefusal refusal = JoinRefusal.in(e);
                // A connection broken mid-handshake looks like no TLS: while re-joining, that is retried.
                if (refusal != null && !refusal.mayPass() && refusedAtConnection(e)) {
                    return false;
                }
                last = e instanceof UnreachableStub && e.getCause() instanceof Exception cause ? cause : e;
            }
            if (System.nanoTime() - deadline >= 0) {
                finish(ExitStatus.FAILED, "gave up: the coordinator at " + settings.address()
                        + " could not be reached for " + duration(settings.giveUpMillis()) + " ("
                        + Reasons.connection(last) + ")");
                return false;
            }
            delay = Math.min(delay * 2, MAX_RETRY_MILLIS);
        }
    }

    private Membership join() throws RemoteException, NotBoundException, GridRefusal, UnreachableStub {
        JoinAddress address = settings.address();
        Registry registry = LocateRegistry.getRegistry(address.host(), address.port(), settings.tls()
                ? TlsClientSocketFactory.defaults() : LoopbackClientSocketFactory.defaults());
        boolean first = !warmedUp && !settings.exitWithParent();
        Remote found = first ? lookUpOnConnectionsAhead(registry) : registry.lookup(CoordinatorService.BINDING);
        if (!(found instanceof CoordinatorService coordinator)) {
            throw new NotBoundException(CoordinatorService.BINDING + " is not a coordinator");
        }
        if (first) {
            // The coordinator is there: warm up before joining, so the first work runs at full speed and
            // does not hold back a running job's output. Not for a local worker (a child of the coordinator,
            // gone with it): its coordinator waits for it to join, and it warms up on real work as fast.
            if (settings.tls()) {  // a TLS link is where work comes over the network, packed when the link is slow
                CipherWarmUp.run();  // first: the link test is timed through TLS
                request = request.withLink(measureLink(coordinator));
            }
            WarmUp.run(scorer, !settings.tls() ? WarmUp.Route.DIRECT
                    : request.wantsPackedWork() ? WarmUp.Route.PACKED : WarmUp.Route.SENT);
            warmedUp = true;
        }
        JoinReply reply;
        try {
            reply = coordinator.join(request);
        } catch (java.rmi.ConnectException | ConnectIOException | java.rmi.UnknownHostException e) {
            String endpoint = endpointOf(coordinator);
            if (endpoint != null && !endpoint.equalsIgnoreCase(address.host() + ":" + address.port())) {
                throw new UnreachableStub(endpoint.indexOf(':') != endpoint.lastIndexOf(':')
                        ? "[" + endpoint.substring(0, endpoint.lastIndexOf(':')) + "]"
                                + endpoint.substring(endpoint.lastIndexOf(':')) : endpoint, e);
            }
            throw e;
        }
        if (reply == null) {
            throw new RemoteException("the coordinator answered the join with nothing");
        }
        return new Membership(coordinator, new WorkerCredentials(reply.workerId()),
                reply.heartbeatMillis());
    }

    /**
     * How fast the coordinator's bytes reach this worker, in bytes a second: {@link CoordinatorService#linkTest}
     * timed a few times after one that is not timed, the fastest. 0 when the test fails (an older
     * coordinator), which asks for packed work as before. One test slower than {@link #SLOW_LINK_TEST_NANOS}
     * ends it: a link that slow wants packed work whatever the others say.
     */
    private long measureLink(CoordinatorService coordinator) {
        long fastest = Long.MAX_VALUE;
        try {
            for (int test = 0; test <= LINK_TESTS; test++) {
                long start = System.nanoTime();
                int bytes = coordinator.linkTest().length;
                long took = Math.max(1, System.nanoTime() - start);
                if (bytes != CoordinatorService.LINK_TEST_BYTES) {
                    return 0;
                }
                if (test > 0 || took > SLOW_LINK_TEST_NANOS) {
                    fastest = Math.min(fastest, took);
                }
                if (took > SLOW_LINK_TEST_NANOS) {
                    break;
                }
            }
        } catch (RemoteException | RuntimeException e) {
            log.debug("the link test failed", e);
            return 0;
        }
        long bytesPerSecond = CoordinatorService.LINK_TEST_BYTES * TimeUnit.SECONDS.toNanos(1) / fastest;
        log.debug(() -> "link: " + bytesPerSecond / 1_000_000 + " MB/s");
        return bytesPerSecond;
    }

    /**
     * Looks the coordinator up with as many calls at once as this worker's calls can need at once (the pulling
     * loops and the heartbeat), so that each opens a connection now, before the warm-up: RMI opens one for
     * each call made while the others are busy, and keeps it for the next call. Opened during the job
     * instead, each cost both ends a TLS handshake in code the JIT had not compiled (javax.net.debug: one at
     * the job's start and one in the middle). Made before any other call, so that none finds an idle
     * connection to share. At most {@link #CONNECTIONS_AHEAD}, well under what the coordinator lets one
     * address open at once (AdmissionGate); a worker with more threads opens the rest when its calls need
     * them. The first lookup to end is waited for as any lookup is, the others up to 5 s more: a connection
     * not opened now is opened, or fails, when a call needs it. When none succeeded, fails as a lookup fails,
     * with a refusal before any other failure (an impostor that serves one connection leaves the others
     * hanging or cut, and its refusal is what the user must hear).
     */
    private Remote lookUpOnConnectionsAhead(Registry registry) throws RemoteException, NotBoundException {
        int calls = Math.min(2 * settings.threads() + 1, CONNECTIONS_AHEAD);
        Queue<Remote> found = new ConcurrentLinkedQueue<>();
        Queue<Exception> failed = new ConcurrentLinkedQueue<>();  // in the order they failed
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch oneDone = new CountDownLatch(1);
        Thread[] callers = new Thread[calls];
        for (int i = 0; i < calls; i++) {
            callers[i] = new Thread(() -> {
                try {
                    go.await();
                    found.add(registry.lookup(CoordinatorService.BINDING));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RemoteException | NotBoundException | RuntimeException e) {
                    failed.add(e);
                } finally {
                    oneDone.countDown();
                }
            }, "sentigrid-worker-connect");
            callers[i].setDaemon(true);
            callers[i].start();
        }
        go.countDown();
        try {
            oneDone.await();  // as long as a lookup takes
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            for (Thread caller : callers) {
                caller.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RemoteException("interrupted while looking the coordinator up", e);
        }
        if (!found.isEmpty()) {
            return found.peek();
        }
        // The failure that says most: a refusal (a wrong token, an impostor) before a connection that failed.
        Exception first = failed.stream().filter(e -> JoinRefusal.in(e) != null).findFirst().orElse(failed.peek());
        if (first instanceof NotBoundException notBound) {
            throw notBound;
        }
        if (first instanceof RemoteException remote) {
            throw remote;
        }
        if (first instanceof RuntimeException unchecked) {
            throw unchecked;
        }
        throw new RemoteException("the coordinator could not be looked up");
    }

    /** Makes a fresh membership current (with its heartbeat), or leaves it again when the worker is stopping. */
    private boolean adopt(Membership membership) {
        scheduleHeartbeat(membership);
        if (link.publish(membership)) {
            return true;
        }
        try {
            membership.coordinator().leave(membership.credentials());
        } catch (RemoteException | GridRefusal | RuntimeException e) {
            log.debug("leave failed", e);
        }
        return false;
    }

    private void pull(int number) {
        Thread.currentThread().setName("sentigrid-worker-pull-" + number);
        try {
            while (!stopping.get()) {
                Membership membership = link.awaitMembership();
                if (membership == null) {
                    return;
                }
                long started = System.nanoTime();
                Work batch;
                try {
                    batch = membership.coordinator().nextWork(membership.credentials(), POLL_MILLIS);
                } catch (RemoteException | GridRefusal | RuntimeException e) {
                    link.report(membership, e);
                    continue;
                }
                if (batch != null) {
                    handle(membership, batch);
                } else if (System.nanoTime() - started < TimeUnit.MILLISECONDS.toNanos(50)) {
                    // A coordinator that answers "nothing" at once is not polled in a tight loop.
                    link.pause(250);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(Membership membership, Work batch) {
        InFlight held = new InFlight(membership, batch);
        inFlight.add(held);
        try {
            if (stopping.get()) {
                if (held.claimForStop()) {
                    handBack(held, STOPPING_REASON);
                }
                return;
            }
            long started = System.nanoTime();
            WorkResult result;
            scoring.acquireUninterruptibly();
            try {
                if (stopping.get()) {  // stopped while this batch waited for a thread
                    if (held.claimForStop()) {
                        handBack(held, STOPPING_REASON);
                    }
                    return;
                }
                log.debug(() -> held.ids() + ": scoring " + batch + " (" + batch.settings() + ")");
                result = scorer.score(batch, held::isTakenBack);
            } catch (BatchScorer.ScoringFailure failure) {
                log.debug(held.ids() + ": " + failure.getMessage(), failure.getCause());
                if (held.claimForSubmit()) {
                    handBack(held, failure.getMessage());
                }
                return;
            } finally {
                scoring.release();
            }
            if (result == null || !held.claimForSubmit()) {
                log.debug(() -> held.ids() + ": handed back while scoring");
                return;
            }
            if (link.current() != membership) {
                log.debug(() -> held.ids() + ": scores dropped, the membership they belong to is over");
                return;
            }
            try {
                membership.coordinator().complete(membership.credentials(), result);
                log.debug(() -> held.ids() + ": " + result.units() + " units scored and sent in "
                        + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) + " ms");
            } catch (RemoteException | GridRefusal | RuntimeException e) {
                log.debug(held.ids() + ": sending the scores failed", e);
                link.report(membership, e);
            }
        } finally {
            inFlight.remove(held);
        }
    }

    /** Tells the coordinator a batch will not be scored here, so it runs elsewhere. */
    private void handBack(InFlight held, String reason) {
        Membership membership = held.membership();
        if (link.current() != membership) {
            return;
        }
        try {
            membership.coordinator().fail(membership.credentials(), held.batch().jobId(), held.batch().batchId(), reason);
            log.debug(() -> held.ids() + ": handed back (" + reason + ")");
        } catch (RemoteException | GridRefusal | RuntimeException e) {
            log.debug(held.ids() + ": handing back failed", e);
            link.report(membership, e);
        }
    }

    private synchronized void scheduleHeartbeat(Membership membership) {
        if (heartbeat != null) {
            heartbeat.cancel(false);
        }
        long every = membership.heartbeatMillis();
        try {
            heartbeat = heartbeats.scheduleWithFixedDelay(() -> beat(membership), every, every, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closing) {
            heartbeat = null;
        }
    }

    private void beat(Membership membership) {
        if (outcome.isDone() || link.current() != membership) {
            return;
        }
        try {
            membership.coordinator().heartbeat(membership.credentials());
        } catch (RemoteException | GridRefusal | RuntimeException e) {
            link.report(membership, e);
        }
    }

    private void watchParent() {
        Thread.currentThread().setName("sentigrid-worker-parent-watch");
        byte[] buffer = new byte[512];
        try {
            while (parent.read(buffer) >= 0) {
                // Whatever the parent writes means nothing; only the end of the stream does.
            }
        } catch (IOException e) {
            log.debug("standard input failed", e);
        }
        finish(ExitStatus.OK, "standard input closed (the parent process is gone); exiting");
    }

    /** Ends the worker once, with a status and a last line; false when it had already ended. */
    private boolean finish(int status, String line) {
        synchronized (finishing) {
            if (outcome.isDone()) {
                return false;
            }
            stopping.set(true);
            link.close();
            if (line != null) {
                log.say(line);
            }
            outcome.complete(status);
            return true;
        }
    }

    /**
     * Ends the worker when its connection was refused (no TLS there, another certificate, a token proof
     * that failed): retrying would not help.
     */
    private boolean refusedAtConnection(Exception problem) {
        JoinRefusal refusal = JoinRefusal.in(problem);
        if (refusal == null) {
            return false;
        }
        finish(ExitStatus.REFUSED, Reasons.oneLine(refusal.getMessage()));
        return true;
    }

    private String refused(GridRefusal refusal) {
        return "the coordinator at " + settings.address() + " refused this worker: "
                + Reasons.oneLine(refusal.getMessage());
    }

    private static void awaitUntil(BooleanSupplier condition, long millis) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (!condition.getAsBoolean() && System.nanoTime() - deadline < 0) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** "host:port" of the endpoint a stub calls, when the RMI runtime says (best effort, for messages). */
    static String endpointOf(Remote stub) {
        try {
            if (!Proxy.isProxyClass(stub.getClass())
                    || !(Proxy.getInvocationHandler(stub) instanceof RemoteObject handler)
                    || handler.getRef() == null) {
                return null;
            }
            String text = handler.getRef().remoteToString();
            int at = text.indexOf("endpoint:[");
            if (at < 0) {
                return null;
            }
            int start = at + "endpoint:[".length();
            int end = start;
            while (end < text.length() && text.charAt(end) != ',' && text.charAt(end) != ']') {
                end++;
            }
            String endpoint = text.substring(start, end);
            return endpoint.lastIndexOf(':') > 0 ? endpoint : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String duration(long millis) {
        if (millis % 60_000 == 0) {
            long minutes = millis / 60_000;
            return minutes + (minutes == 1 ? " minute" : " minutes");
        }
        long seconds = Math.max(1, Math.round(millis / 1000.0));
        return String.format(Locale.ROOT, "%d %s", seconds, seconds == 1 ? "second" : "seconds");
    }
}
