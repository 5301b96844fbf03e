package org.sentigrid.worker;

import org.sentigrid.api.grid.CoordinatorService;
import org.sentigrid.api.grid.WorkerCredentials;

/**
 * One successful join: the coordinator's stub and the credentials it gave. A re-join makes a new
 * membership; calls made with an old one are never retried with the new one (the coordinator hands
 * batches of a worker it lost to others, and a restarted coordinator reuses job and batch ids).
 * Compared by identity.
 */
final class Membership {
    private final CoordinatorService coordinator;
    private final WorkerCredentials credentials;
    private final long heartbeatMillis;

    Membership(CoordinatorService coordinator, WorkerCredentials credentials, long heartbeatMillis) {
        this.coordinator = coordinator;
        this.credentials = credentials;
        this.heartbeatMillis = heartbeatMillis;
    }

    CoordinatorService coordinator() {
        return coordinator;
    }

    WorkerCredentials credentials() {
        return credentials;
    }

    String workerId() {
        return credentials.workerId();
    }

    long heartbeatMillis() {
        return heartbeatMillis;
    }
}
