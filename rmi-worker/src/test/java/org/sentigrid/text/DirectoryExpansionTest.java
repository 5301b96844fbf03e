package org.sentigrid.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryExpansionTest {
    @TempDir
    Path dir;

    @Test
    void directoriesBecomeTheirTextFilesSortedByPathSkippingHiddenAndBinary() throws Exception {
        Path reviews = Files.createDirectories(dir.resolve("reviews"));
        write(reviews.resolve("b.txt"));
        write(reviews.resolve("a.csv"));
        write(Files.createDirectories(reviews.resolve("2024")).resolve("z.jsonl"));
        write(Files.createDirectories(reviews.resolve("2023/march")).resolve("notes"));
        write(reviews.resolve(".hidden.txt"));
        write(Files.createDirectories(reviews.resolve(".git")).resolve("HEAD"));
        Files.write(reviews.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D});
        List<String> warnings = new ArrayList<>();

        String root = reviews.toString();
        List<Source> sources = TextInput.expand(List.of("first.txt", root + "/", "-"), warnings::add);

        assertThat(sources).extracting(Source::name).containsExactly(
                "first.txt",
                root + "/2023/march/notes",
                root + "/2024/z.jsonl",
                root + "/a.csv",
                root + "/b.txt",
                "-");
        assertThat(sources.get(0).path()).isEqualTo(Path.of("first.txt"));
        assertThat(sources.get(5).isStdin()).isTrue();
        assertThat(sources.subList(1, 5)).allSatisfy(source -> assertThat(source.path()).hasToString(source.name()));
        assertThat(warnings).containsExactly(root + "/logo.png looks like a binary file, not text; skipped.");
    }

    @Test
    void theOneArgumentFormExpandsTheSame() throws Exception {
        write(dir.resolve("one.txt"));

        assertThat(TextInput.expand(List.of(dir.toString()))).extracting(Source::name)
                .containsExactly(dir.resolve("one.txt").toString());
    }

    @Test
    void aMissingPathStillYieldsASource() {
        assertThat(TextInput.expand(List.of("does-not-exist.txt")))
                .containsExactly(new Source("does-not-exist.txt", Path.of("does-not-exist.txt")));
    }

    @Test
    void filesFromADirectoryReadUnderTheirOwnNames() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("in"));
        Files.writeString(sub.resolve("a.txt"), "Alpha one. Alpha two.");
        Files.writeString(sub.resolve("b.txt"), "Beta.");

        CollectingSink sink = new CollectingSink();
        for (Source source : TextInput.expand(List.of(sub.toString()))) {
            TextInput.read(source, InputOptions.defaults(), sink);
        }

        assertThat(sink.units).extracting(TextUnit::source, TextUnit::unit, TextUnit::text).containsExactly(
                tuple(sub + "/a.txt", 1L, "Alpha one."),
                tuple(sub + "/a.txt", 2L, "Alpha two."),
                tuple(sub + "/b.txt", 1L, "Beta."));
    }

    private static void write(Path file) throws Exception {
        Files.writeString(file, "Some text in " + file.getFileName() + ".");
    }
}
