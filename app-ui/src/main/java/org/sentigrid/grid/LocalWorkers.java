package org.sentigrid.grid;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Worker processes on this machine, started as children of this process. Each child's standard
 * input is a pipe from us and the child exits when it closes ({@code --exit-with-parent}), so no
 * worker outlives this process, even when it is killed with {@code kill -9}. The token reaches the
 * children through their environment, never their command line (which other users can see).
 */
public final class LocalWorkers implements AutoCloseable {
    static final String WORKER_MAIN = "org.sentigrid.worker.WorkerMain";
    private static final int KEPT_LINES = 20;

    private final List<Child> children;  // guarded by this
    private final int threadsEach;
    private final String joinAddress;
    private final JoinToken token;

    private LocalWorkers(List<Child> children, int threadsEach, String joinAddress, JoinToken token) {
        this.children = children;
        this.threadsEach = threadsEach;
        this.joinAddress = joinAddress;
        this.token = token;
    }

    /**
     * Starts {@code count} workers joining {@code joinAddress}, each scoring with {@code threadsEach}
     * threads. Returns at once; they join in the background.
     */
    public static LocalWorkers start(int count, int threadsEach, String joinAddress, JoinToken token) throws IOException {
        List<Child> children = new ArrayList<>();
        try {
            for (int i = 1; i <= count; i++) {
                children.add(Child.start("local-" + i, threadsEach, joinAddress, token));
            }
        } catch (IOException e) {
            children.forEach(Child::stop);
            throw e;
        }
        return new LocalWorkers(children, threadsEach, joinAddress, token);
    }

    /** Starts again, under the same names, the children that have exited. */
    public synchronized void restartExited() throws IOException {
        for (int i = 0; i < children.size(); i++) {
            Child child = children.get(i);
            if (!child.process.isAlive()) {
                children.set(i, Child.start(child.name, threadsEach, joinAddress, token));
            }
        }
    }

    /** Starts one more worker, named after the highest number so far; returns its name. */
    public synchronized String add() throws IOException {
        int number = children.stream().mapToInt(c -> Integer.parseInt(c.name.substring("local-".length()))).max().orElse(0) + 1;
        Child child = Child.start("local-" + number, threadsEach, joinAddress, token);
        children.add(child);
        return child.name;
    }

    /** Asks the most recently started worker to stop (it hands its batches back); false when none is left. */
    public synchronized boolean stopLast() {
        if (children.isEmpty()) {
            return false;
        }
        Child last = children.remove(children.size() - 1);
        last.process.destroy();
        return true;
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
        children.forEach(Child::stop);
    }

    /** Asks every child to stop (SIGTERM), then kills what is left after two seconds. */
    @Override
    public synchronized void close() {
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

    private static final class Child {
        final String name;
        final Process process;
        final Deque<String> lastLines = new ArrayDeque<>();

        private Child(String name, Process process) {
            this.name = name;
            this.process = process;
        }

        static Child start(String name, int threads, String joinAddress, JoinToken token) throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder builder = new ProcessBuilder(java, "-XX:+UseSerialGC", "-Xss1m",
                    "-cp", System.getProperty("java.class.path"), WORKER_MAIN,
                    "--join", joinAddress, "--threads", Integer.toString(threads), "--name", name,
                    "--exit-with-parent");
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
