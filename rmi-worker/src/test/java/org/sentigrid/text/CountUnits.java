package org.sentigrid.text;

import java.nio.file.Path;

/** Run in a child JVM by {@link BoundedMemoryTest}: reads one file and prints how many units it has. */
public final class CountUnits {
    private CountUnits() {
    }

    public static void main(String[] args) {
        long[] count = {0};
        UnitSink sink = new UnitSink() {
            @Override
            public void unit(TextUnit unit) {
                count[0]++;
            }

            @Override
            public void warning(String message) {
                System.err.println(message);
            }
        };
        try {
            TextInput.read(new Source(args[0], Path.of(args[0])), new InputOptions(SplitMode.fromId(args[1]), null, null), sink);
        } catch (InputProblem problem) {
            System.err.println(problem.getMessage());
            System.exit(1);
        }
        System.out.println(count[0]);
    }
}
