package org.sentigrid.grid;

/** What happens on the grid, for whoever shows it to people. Called on RMI threads: return quickly. */
public interface GridEvents {
    GridEvents NONE = new GridEvents() { };

    default void workerJoined(WorkerInfo worker) {
    }

    /**
     * A worker left, or was declared lost after falling silent; its batches run elsewhere. {@code name} is
     * how it is shown (its id is for the grid's own bookkeeping).
     */
    default void workerGone(String workerId, String name, String reason) {
    }

    /** A worker was refused (wrong token, other version or engine); the message is what it was told. */
    default void workerRefused(String who, String message) {
    }
}
