package org.sentigrid.worker;

/**
 * The Sentigrid version this code belongs to: the Implementation-Version of the jar it was loaded from
 * (Maven writes it into the manifest), or {@code "dev"} when it runs from class folders (an IDE, tests).
 * Workers send it when they join, and the coordinator accepts only its own version.
 */
public final class SentigridVersion {
    /** What {@link #current()} says when no jar manifest names a version. */
    public static final String DEVELOPMENT = "dev";

    private static final String CURRENT = read();

    private SentigridVersion() {
    }

    public static String current() {
        return CURRENT;
    }

    private static String read() {
        Package here = SentigridVersion.class.getPackage();
        String version = here == null ? null : here.getImplementationVersion();
        return version == null || version.isBlank() ? DEVELOPMENT : version.strip();
    }
}
