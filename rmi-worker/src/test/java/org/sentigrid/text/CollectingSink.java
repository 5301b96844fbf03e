package org.sentigrid.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A sink that keeps everything it is given, plus the ways tests read one source. */
final class CollectingSink implements UnitSink {
    final List<TextUnit> units = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();

    @Override
    public void unit(TextUnit unit) {
        units.add(unit);
    }

    @Override
    public void warning(String message) {
        warnings.add(message);
    }

    List<String> texts() {
        return units.stream().map(TextUnit::text).toList();
    }

    static CollectingSink read(Path file, SplitMode split) throws InputProblem {
        return read(file, new InputOptions(split, null, null));
    }

    static CollectingSink read(Path file, InputOptions options) throws InputProblem {
        CollectingSink sink = new CollectingSink();
        TextInput.read(new Source(file.getFileName().toString(), file), options, sink);
        return sink;
    }

    /** Every unit is exactly its span of the decoded text, numbered 1, 2, 3... in order. */
    void assertOffsetsInto(String decoded) {
        for (int i = 0; i < units.size(); i++) {
            TextUnit unit = units.get(i);
            assertThat(unit.unit()).isEqualTo(i + 1);
            assertThat(decoded.substring((int) unit.start(), (int) unit.end())).isEqualTo(unit.text());
        }
    }
}
