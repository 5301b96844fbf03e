package org.sentigrid.api.grid;

import java.rmi.Remote;
import java.rmi.RemoteException;

/**
 * What a worker calls on the coordinator. Workers only ever connect to the coordinator: they pull
 * batches with a long poll and push results back, so nothing listens on a worker's machine. Every
 * connection proves the join token before RMI reads a byte ({@code auth.TokenProof}), so nothing is
 * handed out or accepted without it, and the token itself never crosses the wire.
 */
public interface CoordinatorService extends Remote {
    /** The name the coordinator is bound under in its registry. */
    String BINDING = "sentigrid-coordinator";
    /** How many bytes {@link #linkTest} returns. */
    int LINK_TEST_BYTES = 1024 * 1024;

    /**
     * Joins the grid. Refused (with a plain message) for a wrong token, another Sentigrid version or
     * another engine fingerprint.
     */
    JoinReply join(JoinRequest request) throws RemoteException, GridRefusal;

    /**
     * {@value #LINK_TEST_BYTES} bytes of nothing, for a worker to time how fast the coordinator's bytes reach it
     * before it joins ({@link JoinRequest#linkBytesPerSecond}). Needs no credentials: the connection it comes
     * on proved the token, as for {@link #join}.
     */
    byte[] linkTest() throws RemoteException;

    /**
     * The next work for this worker (a batch of units or a region of a source), waiting up to {@code waitMillis} (capped by the coordinator
     * below the read timeout) for one; null when there is none yet. Also counts as a heartbeat.
     */
    Work nextWork(WorkerCredentials worker, long waitMillis) throws RemoteException, GridRefusal;

    /** Hands back scored work. A late or repeated result is ignored: each piece of work is accepted once. */
    void complete(WorkerCredentials worker, WorkResult result) throws RemoteException, GridRefusal;

    /** Reports that a batch could not be scored here, so it can run elsewhere. */
    void fail(WorkerCredentials worker, long jobId, long batchId, String reason) throws RemoteException, GridRefusal;

    /** "Still alive", sent every heartbeat interval while the worker is busy scoring. */
    void heartbeat(WorkerCredentials worker) throws RemoteException, GridRefusal;

    /** Leaves the grid; outstanding batches of this worker run elsewhere at once. */
    void leave(WorkerCredentials worker) throws RemoteException, GridRefusal;
}
