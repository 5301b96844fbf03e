package org.sentigrid.grid;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;

/**
 * The JVM options of each kind of Sentigrid JVM ({@code cli}, {@code worker}, {@code window}, {@code spark}),
 * as {@code org/sentigrid/jvm-options.properties} defines them once for the launcher, the packaging, the
 * benchmarks and the local workers.
 */
public final class JvmOptions {
    private static final String RESOURCE = "/org/sentigrid/jvm-options.properties";

    private JvmOptions() {
    }

    /** The options of {@code key}, in order. */
    public static List<String> of(String key) {
        Properties options = new Properties();
        try (InputStream in = JvmOptions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            options.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String line = options.getProperty(key);
        if (line == null || line.isBlank()) {
            throw new IllegalStateException("no " + key + "= line in " + RESOURCE);
        }
        return List.of(line.trim().split("\\s+"));
    }
}
