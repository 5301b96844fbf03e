package org.sentigrid.worker;

/**
 * The worker's current session with the coordinator and the trouble reported on it. Pulling threads
 * wait here while the supervisor re-joins; the first failure reported on the current session takes
 * it down (later reports about it, or about older sessions, change nothing).
 */
final class Link {
    /** A failed call: the session it was made on and what came back. */
    record Trouble(Session session, Exception problem) {
    }

    private final Object lock = new Object();
    private Session current;
    private Trouble trouble;
    private boolean closed;

    /** Makes a session current and wakes whoever waits for one; false (and nothing changes) once closed. */
    boolean publish(Session session) {
        synchronized (lock) {
            if (closed) {
                return false;
            }
            current = session;
            trouble = null;
            lock.notifyAll();
            return true;
        }
    }

    /** The current session, or null while there is none (not joined yet, or re-joining). */
    Session current() {
        synchronized (lock) {
            return current;
        }
    }

    /** Waits for a current session; null once closed. */
    Session awaitSession() throws InterruptedException {
        synchronized (lock) {
            while (!closed && current == null) {
                lock.wait();
            }
            return closed ? null : current;
        }
    }

    /** A call on {@code session} failed: if it is the current one, it is over. */
    void report(Session session, Exception problem) {
        synchronized (lock) {
            if (!closed && session == current) {
                current = null;
                trouble = new Trouble(session, problem);
                lock.notifyAll();
            }
        }
    }

    /** Waits for the current session to fail; null once closed. */
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

    /** No more sessions: wakes every waiter. The current session stays readable for leaving. */
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
