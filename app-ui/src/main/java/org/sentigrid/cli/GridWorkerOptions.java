package org.sentigrid.cli;

import picocli.CommandLine.Option;

/**
 * The grid options that {@code analyze} and {@code serve} share: local workers, the join token and how
 * many workers to wait for. Each command names its own listen option and passes it to {@link #parse}.
 */
final class GridWorkerOptions {
    @Option(names = "--local-workers", paramLabel = "N",
            description = "Worker processes to start on this machine (children of this one, gone when it "
                    + "ends). Default: the number of cores. 0 for none: then workers from other machines "
                    + "must join.")
    private Integer localWorkers;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "The join token workers must bring (16+ characters). Default: 128 random bits.")
    private String token;

    @Option(names = "--min-workers", paramLabel = "K", defaultValue = "1",
            description = "Wait until K workers have joined before any work is handed out. "
                    + "Default: ${DEFAULT-VALUE}.")
    private int minWorkers;

    /** These options with the coordinator's listen address ({@code ADDRESS[:PORT]}). */
    GridOptions parse(String listen) {
        int local = localWorkers == null ? Runtime.getRuntime().availableProcessors() : localWorkers;
        return GridOptions.parse(local, listen, token, minWorkers);
    }
}
