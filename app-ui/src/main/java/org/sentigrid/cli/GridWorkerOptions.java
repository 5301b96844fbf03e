package org.sentigrid.cli;

import picocli.CommandLine.Option;

/**
 * The grid options that {@code analyze} and {@code serve} share: where scoring runs on this machine, the
 * join token and how many workers to wait for. Each command names its own listen option and passes it
 * to {@link #parse}.
 */
final class GridWorkerOptions {
    @Option(names = "--threads", paramLabel = "N",
            description = "Threads of this process that score, beside any workers (they count as one worker, "
                    + "\"in-process\"). Default: one per core, or 0 with --local-workers. 0: only workers score.")
    private Integer threads;

    @Option(names = "--local-workers", paramLabel = "N",
            description = "Worker processes to start on this machine (children of this one, gone when it "
                    + "ends), sharing its cores; each starts its own JVM, so they pay off only for isolation. "
                    + "Default: 0.")
    private int localWorkers;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "The join token workers must bring (16+ characters). Default: 128 random bits.")
    private String token;

    @Option(names = "--min-workers", paramLabel = "K", defaultValue = "1",
            description = "Wait until K workers have joined before any work is handed out. "
                    + "Default: ${DEFAULT-VALUE}.")
    private int minWorkers;

    @Option(names = "--announce",
            description = "With --listen on a LAN address: announce this coordinator on that network (UDP "
                    + "multicast: its name, address, port and certificate fingerprint, never the token), so "
                    + "that `sentigrid worker --discover` finds it. Off by default.")
    private boolean announce;

    /** These options with the coordinator's listen address ({@code ADDRESS[:PORT]}). */
    GridOptions parse(String listen) {
        // This process scores on its own cores unless told otherwise: a worker process pays its own JVM
        // start-up and JIT warm-up, and moves every byte twice (docs/decisions/local-execution.md).
        int here = threads != null ? threads : localWorkers > 0 ? 0 : Runtime.getRuntime().availableProcessors();
        return GridOptions.parse(here, localWorkers, listen, token, minWorkers, announce);
    }
}
