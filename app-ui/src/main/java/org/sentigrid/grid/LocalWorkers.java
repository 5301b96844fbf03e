package org.sentigrid.grid;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Worker processes on this machine, started as children of this process. Each child's standard
 * input is a pipe from us and the child exits when it closes ({@code --exit-with-parent}), so no
 * worker outlives this process, even when it is killed with {@code kill -9}. The token reaches the
 * children through their environment, never their command line (which other users can see).
 * Children that die are started again ({@link #restartWhenExited}), but not forever, and never once
 * they are being stopped.
 */
public final class LocalWorkers implements AutoCloseable {
    static final String WORKER_MAIN = "org.sentigrid.worker.WorkerMain";
    /** How many times in all children that died are started again. */
    static final int MAX_RESTARTS = 3;
    private static final int KEPT_LINES = 20;
    private static final Path NICE = Path.of("/usr/bin/nice");

    private final List<Child> children;  // guarded by this
    private final int threadsEach;
    private final List<String> joinOptions;
    private final JoinToken token;
    private final boolean yieldToUser;
    private ScheduledExecutorService supervisor;  // guarded by this
    private int restarts;  // guarded by this
    private boolean stopping;  // guarded by this

    /** Hears what {@link #restartWhenExited} did; called on the supervising thread. */
    public interface Restarts {
        /** Children that had exited (each: name, status and last words) run again. */
        void restarted(List<String> exited);

        /** Children that had exited could not be started again. */
        void failed(List<String> exited, IOException why);
    }

    private LocalWorkers(List<Child> children, int threadsEach, List<String> joinOptions, JoinToken token, boolean yieldToUser) {
        this.children = children;
        this.threadsEach = threadsEach;
        this.joinOptions = joinOptions;
        this.token = token;
        this.yieldToUser = yieldToUser;
    }

    /**
     * Starts {@code count} workers joining with {@code joinOptions} ({@code --join HOST:PORT}, and
     * {@code --fingerprint} beyond loopback); they share this machine's cores, each scoring with at
     * least one thread. Returns at once; they join in the background.
     */
    public static LocalWorkers start(int count, List<String> joinOptions, JoinToken token) throws IOException {
        return start(count, joinOptions, token, false);
    }

    /**
     * As {@link #start(int, List, JoinToken)}, but the workers run at a lower CPU priority (nice 10,
     * where the system has {@code nice}): on a desktop the window comes first, the workers take what is left.
     */
    public static LocalWorkers startYieldingToUser(int count, List<String> joinOptions, JoinToken token) throws IOException {
        return start(count, joinOptions, token, true);
    }

    private static LocalWorkers start(int count, List<String> joinOptions, JoinToken token, boolean yieldToUser)
            throws IOException {
        int threadsEach = Math.max(1, Runtime.getRuntime().availableProcessors() / Math.max(1, count));
        LocalWorkers workers = new LocalWorkers(new ArrayList<>(), threadsEach, joinOptions, token, yieldToUser);
        try {
            for (int i = 0; i < count; i++) {
                workers.add();
            }
        } catch (IOException e) {
            workers.kill();
            throw e;
        }
        return workers;
    }

    /**
     * From now on, once a second, starts again (under their names) the children that have exited, crashed
     * or killed, up to {@link #MAX_RESTARTS} times in all, and tells {@code told}. Stops when the workers
     * are stopped ({@link #kill}, {@link #close}), so a run being cancelled starts no new worker.
     */
    public synchronized void restartWhenExited(Restarts told) {
        if (supervisor != null || stopping) {
            return;
        }
        supervisor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "sentigrid-local-workers-supervisor");
            thread.setDaemon(true);
            return thread;
        });
        supervisor.scheduleWithFixedDelay(() -> restartExited(told), 1, 1, TimeUnit.SECONDS);
    }

    private synchronized void restartExited(Restarts told) {
        List<String> exited = exited();
        if (stopping || exited.isEmpty() || restarts >= MAX_RESTARTS) {
            return;
        }
        restarts++;
        try {
            for (int i = 0; i < children.size(); i++) {
                if (!children.get(i).process.isAlive()) {
                    children.set(i, startChild(children.get(i).name));
                }
            }
        } catch (IOException e) {
            told.failed(exited, e);
            return;
        }
        told.restarted(exited);
    }

    /** Starts one more worker, named after the highest number so far; returns its name. */
    public synchronized String add() throws IOException {
        int number = children.stream().mapToInt(c -> Integer.parseInt(c.name.substring("local-".length()))).max().orElse(0) + 1;
        Child child = startChild("local-" + number);
        children.add(child);
        return child.name;
    }

    private Child startChild(String name) throws IOException {
        return Child.start(name, threadsEach, joinOptions, token, yieldToUser && Files.isExecutable(NICE));
    }

    /** Asks the most recently started worker to stop (it hands its batches back); false when none is left. */
    public synchronized boolean stopLast() {
        if (children.isEmpty()) {
            return false;
        }
        return stop(children.get(children.size() - 1).name);
    }

    /** Asks the named worker to stop (it hands its batches back); false when there is none of that name. */
    public synchronized boolean stop(String name) {
        for (int i = 0; i < children.size(); i++) {
            if (children.get(i).name.equals(name)) {
                children.remove(i).process.destroy();
                return true;
            }
        }
        return false;
    }

    /** Names of the worker processes started and not stopped through {@link #stopLast}, in start order. */
    public synchronized List<String> names() {
        return children.stream().map(c -> c.name).toList();
    }

    public synchronized int count() {
        return children.size();
    }

    /** Process ids of the children (for tests and diagnostics). */
    public synchronized List<Long> pids() {
        return children.stream().map(c -> c.process.pid()).toList();
    }

    /** For each child that has exited: its name, exit status and last words. */
    public synchronized List<String> exited() {
        List<String> gone = new ArrayList<>();
        for (Child child : children) {
            if (!child.process.isAlive()) {
                gone.add(child.name + " exited with status " + child.process.exitValue() + child.lastWords());
            }
        }
        return gone;
    }

    /** Kills every child at once (SIGKILL): for a cancelled run, whose work is moot. */
    public synchronized void kill() {
        stopSupervising();
        children.forEach(Child::stop);
    }

    /** Asks every child to stop (SIGTERM), then kills what is left after two seconds. */
    @Override
    public synchronized void close() {
        stopSupervising();
        children.forEach(c -> c.process.destroy());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        for (Child child : children) {
            try {
                long left = deadline - System.nanoTime();
                if (left <= 0 || !child.process.waitFor(left, TimeUnit.NANOSECONDS)) {
                    child.stop();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                child.stop();
            }
        }
    }

    private void stopSupervising() {
        stopping = true;
        if (supervisor != null) {
            supervisor.shutdownNow();
        }
    }

    /** The worker JVM's options (jvm-options.properties says which and why). */
    static final List<String> JVM_OPTIONS = JvmOptions.of("worker");

    private static final class Child {
        final String name;
        final Process process;
        final Deque<String> lastLines = new ArrayDeque<>();

        private Child(String name, Process process) {
            this.name = name;
            this.process = process;
        }

        static Child start(String name, int threads, List<String> joinOptions, JoinToken token, boolean nice) throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = new ArrayList<>(nice ? List.of(NICE.toString(), "-n", "10") : List.of());
            command.add(java);
            command.addAll(JVM_OPTIONS);
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), WORKER_MAIN,
                    "--threads", Integer.toString(threads), "--name", name, "--exit-with-parent"));
            command.addAll(joinOptions);
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().put("SENTIGRID_TOKEN", token.reveal());
            builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
            Child child = new Child(name, builder.start());
            child.keepLastWords();
            return child;
        }

        /** Reads the child's stderr on a daemon thread, keeping its last lines for a report if it dies. */
        private void keepLastWords() {
            Thread reader = new Thread(() -> {
                try (BufferedReader lines = new BufferedReader(
                        new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        synchronized (lastLines) {
                            lastLines.addLast(line);
                            if (lastLines.size() > KEPT_LINES) {
                                lastLines.removeFirst();
                            }
                        }
                    }
                } catch (IOException ignored) {
                    // The child is gone; what it said is kept.
                }
            }, "sentigrid-" + name + "-stderr");
            reader.setDaemon(true);
            reader.start();
        }

        String lastWords() {
            synchronized (lastLines) {
                return lastLines.isEmpty() ? "" : ": " + lastLines.peekLast();
            }
        }

        void stop() {
            process.destroyForcibly();
        }
    }
}
