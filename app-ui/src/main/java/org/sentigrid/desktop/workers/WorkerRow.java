package org.sentigrid.desktop.workers;

/**
 * A worker as the grid panel shows it.
 *
 * @param id        the coordinator's id; null for a local process that has not joined
 * @param link      its link as measured when it joined, and whether its work goes packed; "—" if not measured
 * @param rate      units per second since the last look
 * @param heartbeat how long ago it was last heard from, in words
 */
public record WorkerRow(String id, String name, String host, int cores, String status, String link, long batches, double rate,
                        String heartbeat) {
}
