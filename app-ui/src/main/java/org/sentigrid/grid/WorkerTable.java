package org.sentigrid.grid;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.sentigrid.api.grid.JoinRequest;

/**
 * The workers that have joined and when each was last heard from. Liveness is this heartbeat, not
 * RMI's distributed GC, which tells nobody that a peer died.
 */
final class WorkerTable {
    private final Clock clock;
    private final Map<String, Entry> workers = new LinkedHashMap<>();
    private final AtomicLong nextId = new AtomicLong(1);
    /** Units accepted per worker name, kept after the worker is gone (for the run's summary). */
    private final Map<String, Long> unitsByName = new LinkedHashMap<>();
    /** The name of every id ever given, so results can be credited by name after a worker is gone. */
    private final Map<String, String> names = new java.util.HashMap<>();
    /** "name@host" of workers the user disconnected: they may not join again. */
    private final java.util.Set<String> disconnected = new java.util.HashSet<>();

    WorkerTable(Clock clock) {
        this.clock = clock;
    }

    /**
     * A worker that joined; its name and host as it sent them, {@link Printable} from here on. {@code packedWork}:
     * whether its regions go packed.
     */
    synchronized String add(JoinRequest request, boolean packedWork) {
        String id = add(Printable.escape(request.name()), Printable.escape(request.host()), request.threads(), false);
        workers.get(id).link = request.linkBytesPerSecond();
        workers.get(id).packedWork = packedWork;
        return id;
    }

    /** This process's own scoring threads, as a worker that is never silent. */
    synchronized String addLocal(String name, String host, int threads) {
        return add(name, host, threads, true);
    }

    private String add(String name, String host, int threads, boolean local) {
        String id = "w" + nextId.getAndIncrement() + "-" + name;
        workers.put(id, new Entry(name, host, threads, local, clock.instant()));
        names.put(id, name);
        notifyAll();  // for awaitSize
        return id;
    }

    /** Waits up to {@code nanos} for at least {@code count} workers; whether there are that many. */
    synchronized boolean awaitSize(int count, long nanos) throws InterruptedException {
        long deadline = System.nanoTime() + nanos;
        while (workers.size() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    synchronized String nameOf(String id) {
        return names.getOrDefault(id, id);
    }

    /** Removes the worker and bars its name on its host from joining again; false if it was not here. */
    synchronized boolean disconnect(String id) {
        Entry entry = workers.remove(id);
        if (entry == null) {
            return false;
        }
        disconnected.add(entry.name + "@" + entry.host);
        return true;
    }

    synchronized boolean isDisconnected(JoinRequest request) {
        return disconnected.contains(Printable.escape(request.name()) + "@" + Printable.escape(request.host()));
    }

    /** Marks the worker alive; false when it is unknown (never joined, left, or declared lost). */
    synchronized boolean touch(String id) {
        Entry entry = workers.get(id);
        if (entry == null) {
            return false;
        }
        entry.lastSeen = clock.instant();
        return true;
    }

    /** Whether the worker's regions go packed (as its join decided); false for one not here. */
    synchronized boolean packedWork(String id) {
        Entry entry = workers.get(id);
        return entry != null && entry.packedWork;
    }

    synchronized void credit(String id, int units) {
        Entry entry = workers.get(id);
        if (entry != null) {
            entry.batches++;
            entry.units += units;
            unitsByName.merge(entry.name, (long) units, Long::sum);
        }
    }

    synchronized boolean remove(String id) {
        return workers.remove(id) != null;
    }

    /** Removes and returns the workers not heard from since {@code silence} ago. */
    synchronized List<String> removeSilentSince(java.time.Duration silence) {
        Instant limit = clock.instant().minus(silence);
        List<String> lost = new ArrayList<>();
        workers.entrySet().removeIf(e -> {
            boolean silent = !e.getValue().local && e.getValue().lastSeen.isBefore(limit);
            if (silent) {
                lost.add(e.getKey());
            }
            return silent;
        });
        return lost;
    }

    synchronized List<WorkerInfo> snapshot() {
        List<WorkerInfo> list = new ArrayList<>();
        workers.forEach((id, e) -> list.add(new WorkerInfo(id, e.name, e.host, e.threads, e.batches, e.units,
                e.local ? clock.instant() : e.lastSeen, e.link, e.packedWork)));
        return list;
    }

    synchronized Map<String, Long> unitsByName() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(unitsByName));
    }

    synchronized int size() {
        return workers.size();
    }

    private static final class Entry {
        final String name;
        final String host;
        final int threads;
        /** This process's own threads: alive while the process is. */
        final boolean local;
        Instant lastSeen;
        /** How fast its link carried the coordinator's bytes as it joined (bytes/s); 0 when not measured. */
        long link;
        /** Whether its regions go packed. */
        boolean packedWork;
        long batches;
        long units;

        Entry(String name, String host, int threads, boolean local, Instant lastSeen) {
            this.name = name;
            this.host = host;
            this.threads = threads;
            this.local = local;
            this.lastSeen = lastSeen;
        }
    }
}
