package org.sentigrid.grid;

import java.time.Instant;
import org.sentigrid.api.grid.JoinRequest;

/**
 * A snapshot of one joined worker, for people (the CLI summary, the grid panel).
 *
 * @param id            the id the coordinator gave it
 * @param name          its name
 * @param host          its host, as it named itself
 * @param threads       how many batches it scores at once
 * @param batchesDone   batches accepted from it
 * @param unitsDone     units accepted from it
 * @param lastHeartbeat when it was last heard from
 * @param linkBytesPerSecond how fast its link carried the coordinator's bytes as it joined; 0 when not measured
 * @param packedWork    whether its regions go packed
 */
public record WorkerInfo(String id, String name, String host, int threads, long batchesDone, long unitsDone,
                         Instant lastHeartbeat, long linkBytesPerSecond, boolean packedWork) {
    /**
     * "96 Mbit/s, packed" or "1.2 Gbit/s": the worker's link as it was measured when it joined, and whether its work
     * goes packed; empty when it was not measured.
     */
    public String linkSummary() {
        return linkBytesPerSecond == 0 ? "" : JoinRequest.describeLink(linkBytesPerSecond) + (packedWork ? ", packed" : "");
    }
}
