package org.sentigrid.launch;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The standalone worker jar (sentigrid-worker.jar) that goes to other machines: where this Sentigrid has it. */
public final class WorkerJar {
    public static final String FILE_NAME = "sentigrid-worker.jar";

    private WorkerJar() {
    }

    /**
     * The jar in {@code worker/} beside this Sentigrid's jars (an installed app: {@code lib/worker/}), or the
     * one the build made (a clone: {@code rmi-worker/target/}).
     */
    public static Path find() throws LaunchFailed {
        try {
            Path here = Path.of(WorkerJar.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path dir = here.getParent(); dir != null; dir = dir.getParent()) {
                for (Path candidate : List.of(dir.resolve("worker").resolve(FILE_NAME),
                        dir.resolve("rmi-worker/target").resolve(FILE_NAME))) {
                    if (Files.isRegularFile(candidate)) {
                        return candidate;
                    }
                }
            }
        } catch (URISyntaxException | SecurityException e) {
            // Reported below.
        }
        throw new LaunchFailed("cannot find the worker jar (" + FILE_NAME + "): build it with ./mvnw package, or give"
                + " it with --worker-jar");
    }
}
