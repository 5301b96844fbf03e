package org.sentigrid.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Test helper: the command line of a child JVM that runs a main class of this build, as the tests start
 * {@code sentigrid}, workers and helper programs: this JVM's {@code java}, the given JVM options, this test
 * run's class path, the main class and its arguments. The list is mutable, for a caller to add arguments.
 * (app-ui's tests have it from rmi-worker's test jar.)
 */
public final class ChildJvm {
    private ChildJvm() {
    }

    /** {@code java -cp <class path> main args...}. */
    public static List<String> command(Class<?> main, String... args) {
        return command(List.of(), main, args);
    }

    /** {@code java jvmOptions... -cp <class path> main args...}. */
    public static List<String> command(List<String> jvmOptions, Class<?> main, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        return command;
    }
}
