package org.sentigrid.worker;

/**
 * The worker's current membership with the coordinator and the trouble reported on it. Pulling threads
 * wait here while the supervisor re-joins; the first failure reported on the current membership takes
 * it down (later reports about it, or about older memberships, change nothing).
 */
final class Link {
    /** A failed call: the membership it was made on and what came back. */
    record Trouble(Membership membership, Exception problem) {
    }

    private final Object lock = new Object();
    private Membership current;
    private Trouble trouble;
    private boolean closed;

    /** Makes a membership current and wakes whoever waits for one; false (and nothing changes) once closed. */
    boolean publish(Membership membership) {
        synchronized (lock) {
            if (closed) {
                return false;
            }
            current = membership;
            trouble = null;
            lock.notifyAll();
            return true;
        }
    }

    /** The current membership, or null while there is none (not joined yet, or re-joining). */
    Membership current() {
        synchronized (lock) {
            return current;
        }
    }

    /** Waits for a current membership; null once closed. */
    Membership awaitMembership() throws InterruptedException {
        synchronized (lock) {
            while (!closed && current == null) {
                lock.wait();
            }
            return closed ? null : current;
        }
    }

    /** A call on {@code membership} failed: if it is the current one, it is over. */
    void report(Membership membership, Exception problem) {
        synchronized (lock) {
            if (!closed && membership == current) {
                current = null;
                trouble = new Trouble(membership, problem);
                lock.notifyAll();
            }
        }
    }

    /** Waits for the current membership to fail; null once closed. */
    Trouble awaitTrouble() throws InterruptedException {
        synchronized (lock) {
            while (!closed && trouble == null) {
                lock.wait();
            }
            if (closed) {
                return null;
            }
            Trouble reported = trouble;
            trouble = null;
            return reported;
        }
    }

    /** Waits up to {@code millis}; false when the link was closed meanwhile (or before). */
    boolean pause(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        synchronized (lock) {
            for (long left = millis; !closed && left > 0; left = (deadline - System.nanoTime()) / 1_000_000L) {
                lock.wait(left);
            }
            return !closed;
        }
    }

    /** No more memberships: wakes every waiter. The current membership stays readable for leaving. */
    void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
    }

    boolean isClosed() {
        synchronized (lock) {
            return closed;
        }
    }
}
