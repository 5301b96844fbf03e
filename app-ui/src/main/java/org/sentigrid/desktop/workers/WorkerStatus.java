package org.sentigrid.desktop.workers;

import java.time.Instant;
import org.sentigrid.grid.WorkerInfo;

/**
 * One row of the grid panel: a joined worker, or a local worker process that has not joined.
 *
 * @param id            the coordinator's id for it; null for a process that has not joined
 * @param link          its link as measured when it joined, and whether its work goes packed ("96 Mbit/s, packed"); "—" if not
 * @param unitsDone     units it scored (for the rate between two looks)
 * @param lastHeartbeat when it was last heard from; null if never
 */
public record WorkerStatus(String id, String name, String host, int threads, String status, String link, long batchesDone,
                           long unitsDone, Instant lastHeartbeat) {
    static WorkerStatus joined(WorkerInfo info, boolean local) {
        return new WorkerStatus(info.id(), info.name(), info.host(), info.threads(), local ? "connected (local)" : "connected",
                info.linkSummary().isEmpty() ? "—" : info.linkSummary(), info.batchesDone(), info.unitsDone(), info.lastHeartbeat());
    }

    static WorkerStatus local(String name, String status) {
        return new WorkerStatus(null, name, "this machine", 0, status, "—", 0, 0, null);
    }
}
