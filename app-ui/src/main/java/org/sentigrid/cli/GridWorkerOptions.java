package org.sentigrid.cli;

import picocli.CommandLine.Option;

/**
 * The grid options that {@code analyze} and {@code serve} share: local workers, the join token and how
 * many workers to wait for. Each command names its own listen option and passes it to {@link #parse}.
 */
final class GridWorkerOptions {
    @Option(names = "--local-workers", paramLabel = "N",
            description = "Worker processes to start on this machine (children of this one, gone when it "
                    + "ends), sharing its cores. Default: 1, with a thread per core (one JVM starts and warms "
                    + "up faster than several). 0 for none: then workers from other machines must join.")
    private Integer localWorkers;

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
        // One process with a thread per core, not a process per core: each JVM pays its own start-up and
        // JIT warm-up, which on 2 cores made 2 processes 0.49-0.57x of --in-process against 0.66-0.84x
        // for 1 (docs/PERFORMANCE.md).
        int local = localWorkers == null ? 1 : localWorkers;
        return GridOptions.parse(local, listen, token, minWorkers, announce);
    }
}
