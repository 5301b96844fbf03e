package org.sentigrid.worker;

import java.util.concurrent.atomic.AtomicInteger;
import org.sentigrid.api.grid.Work;

/**
 * Work (a batch or a region) this worker holds. Exactly one of the pulling thread (which submits the scores or the
 * failure) and the stopping thread (which hands it back after the grace period) gets to answer for it.
 */
final class InFlight {
    private static final int SCORING = 0;
    private static final int SUBMITTING = 1;
    private static final int TAKEN_BACK = 2;

    private final Membership membership;
    private final Work batch;
    private final AtomicInteger state = new AtomicInteger(SCORING);

    InFlight(Membership membership, Work batch) {
        this.membership = membership;
        this.batch = batch;
    }

    Membership membership() {
        return membership;
    }

    Work batch() {
        return batch;
    }

    /** The pulling thread's claim: it will submit the result (or the failure). */
    boolean claimForSubmit() {
        return state.compareAndSet(SCORING, SUBMITTING);
    }

    /** The stopping thread's claim: it will hand the batch back, and scoring may stop. */
    boolean claimForStop() {
        return state.compareAndSet(SCORING, TAKEN_BACK);
    }

    boolean isScoring() {
        return state.get() == SCORING;
    }

    boolean isTakenBack() {
        return state.get() == TAKEN_BACK;
    }

    String ids() {
        return "job " + batch.jobId() + " batch " + batch.batchId();
    }
}
