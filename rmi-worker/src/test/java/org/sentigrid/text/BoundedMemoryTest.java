package org.sentigrid.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sentigrid.testing.ChildJvm;

/** A file several times larger than the heap is read in a child JVM with a small heap. */
@Tag("process")
class BoundedMemoryTest {
    private static final int BLOCKS = 200;
    private static final String PARAGRAPH = """
            The soup at Dr. Lee's place was great, e.g. The onion one. Prices rose to $3.50 in
            version 2.0.1 of the menu... Really?! Yes :) Would I go back? Absolutely, see
            https://example.com/menu?day=Friday. “Best in town!” she said (twice).
            """;

    @TempDir
    Path dir;

    @Test
    void aFileSeveralTimesTheHeapIsReadInBoundedMemory() throws Exception {
        // One block: about 1.5 chunks of hard-wrapped prose without a blank line, so chunks are cut and carried over.
        String block = PARAGRAPH.repeat((int) (1.5 * UnitReader.CHUNK / PARAGRAPH.length())) + "\n";
        long unitsPerBlock = CollectingSink.read(Files.writeString(dir.resolve("block.txt"), block), SplitMode.SENTENCES).units.size();
        Path big = dir.resolve("big.txt");
        byte[] bytes = block.getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(big)) {
            for (int i = 0; i < BLOCKS; i++) {
                out.write(bytes);
            }
        }
        assertThat(Files.size(big)).isGreaterThan(4 * 64L * 1024 * 1024);

        Process child = new ProcessBuilder(
                ChildJvm.command(List.of("-Xmx64m"), CountUnits.class, big.toString(), "sentences"))
                .redirectErrorStream(true)
                .start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();

        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).isEqualTo(Long.toString(unitsPerBlock * BLOCKS));
    }
}
