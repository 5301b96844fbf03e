package org.sentigrid.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** The cases in text/tricky-paragraphs.txt, each read from a real file in sentences mode. */
class TrickyParagraphsTest {
    @TempDir
    Path dir;

    private record Case(String title, String input, List<String> expected) {
    }

    @TestFactory
    Stream<DynamicTest> splitsEachParagraphAsExpected() throws IOException {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.title(), () -> {
            Path file = Files.writeString(dir.resolve("case.txt"), c.input());
            CollectingSink sink = CollectingSink.read(file, SplitMode.SENTENCES);
            assertThat(sink.texts()).containsExactlyElementsOf(c.expected());
            sink.assertOffsetsInto(c.input());
            assertThat(sink.warnings).isEmpty();
        }));
    }

    private static List<Case> cases() throws IOException {
        String resource;
        try (InputStream in = TrickyParagraphsTest.class.getResourceAsStream("/text/tricky-paragraphs.txt")) {
            resource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Case> cases = new ArrayList<>();
        for (String block : resource.split("(?m)^=== ")) {
            if (block.startsWith("#")) {
                continue; // the header comment
            }
            String title = block.substring(0, block.indexOf('\n'));
            String[] parts = block.substring(title.length() + 1).split("(?m)^---\n", 2);
            List<String> expected = Arrays.stream(parts[1].split("\n"))
                    .filter(line -> !line.isBlank())
                    .map(line -> line.replace("\\n", "\n"))
                    .toList();
            cases.add(new Case(title, parts[0], expected));
        }
        assertThat(cases).hasSizeGreaterThanOrEqualTo(10);
        return cases;
    }
}
