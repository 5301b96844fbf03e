package org.sentigrid.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordFileTest {
    private static final byte[] MAGIC = "TESTMAG1".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dir;

    private Path fileWith(String... records) throws IOException {
        Path file = dir.resolve("records");
        Files.deleteIfExists(file);
        try (RecordFile.Appender appender = RecordFile.create(file, MAGIC)) {
            for (String record : records) {
                appender.append(record.getBytes(StandardCharsets.UTF_8));
            }
        }
        return file;
    }

    private static List<String> read(Path file) throws IOException {
        List<String> records = new ArrayList<>();
        RecordFile.scan(file, MAGIC, (offset, payload) -> records.add(new String(payload, StandardCharsets.UTF_8)));
        return records;
    }

    @Test
    void recordsComeBackInOrderAndCanBeReadAgainByOffset() throws IOException {
        Path file = fileWith("one", "", "three".repeat(1000));
        List<Long> offsets = new ArrayList<>();

        RecordFile.Scan scan = RecordFile.scan(file, MAGIC, (offset, payload) -> offsets.add(offset));

        assertThat(read(file)).containsExactly("one", "", "three".repeat(1000));
        assertThat(scan.records()).isEqualTo(3);
        assertThat(scan.droppedBytes()).isZero();
        assertThat(scan.goodEnd()).isEqualTo(Files.size(file));
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            assertThat(new String(RecordFile.read(channel, offsets.get(2)), StandardCharsets.UTF_8)).isEqualTo("three".repeat(1000));
        }
    }

    @Test
    void aLastRecordCutAnywhereIsDroppedAndNewRecordsFollowTheLastGoodOne() throws IOException {
        long full = Files.size(fileWith("first", "second record"));
        long lastStart = full - 8 - "second record".length();
        for (long cut = lastStart + 1; cut < full; cut++) {
            Path file = fileWith("first", "second record");
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.truncate(cut);
            }

            RecordFile.Scan scan = RecordFile.scan(file, MAGIC, (offset, payload) -> { });
            assertThat(read(file)).as("cut at %d", cut).containsExactly("first");
            assertThat(scan.droppedBytes()).isEqualTo(cut - lastStart);

            try (RecordFile.Appender appender = RecordFile.openForAppend(file, scan)) {
                appender.append("third".getBytes(StandardCharsets.UTF_8));
            }
            assertThat(read(file)).containsExactly("first", "third");
        }
    }

    @Test
    void aDamagedRecordIsNotReadAsDataNorIsAnythingAfterIt() throws IOException {
        Path file = fileWith("first", "second", "third");
        byte[] bytes = Files.readAllBytes(file);
        int second = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("second");
        bytes[second + 2] ^= 0x20; // "seCond": the checksum no longer matches
        Files.write(file, bytes);

        RecordFile.Scan scan = RecordFile.scan(file, MAGIC, (offset, payload) -> { });

        assertThat(read(file)).containsExactly("first");
        assertThat(scan.droppedBytes()).isEqualTo(2 * 8 + "second".length() + "third".length());
    }

    @Test
    void aLengthBeyondTheFileIsTakenForATornRecord() throws IOException {
        Path file = fileWith("first");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            channel.write(java.nio.ByteBuffer.allocate(8).putInt(0, 1 << 20).putInt(4, 0));
        }

        assertThat(read(file)).containsExactly("first");
    }

    @Test
    void aFileOfAnotherKindIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "just some text, long enough");
        Path tiny = Files.writeString(dir.resolve("tiny"), "TEST");

        assertThatThrownBy(() -> read(file)).isInstanceOf(RecordFile.NotThisKind.class);
        assertThatThrownBy(() -> read(tiny)).isInstanceOf(RecordFile.NotThisKind.class);
    }

    @Test
    void aRecordLengthOverTheBoundOrTheFileIsRefusedBeforeAnythingIsAllocated() throws IOException {
        Path file = fileWith("first");
        long second = Files.size(file);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            channel.write(java.nio.ByteBuffer.allocate(8 + 4).putInt(0, Integer.MAX_VALUE).putInt(4, 0));
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            // 2 GiB asked for by a header (a heap this test's size would fail to allocate it): refused by its length.
            assertThatThrownBy(() -> RecordFile.read(channel, second)).isInstanceOf(IOException.class)
                    .hasMessage("a damaged record at byte " + second + ": a length of " + Integer.MAX_VALUE);
            try (FileChannel writing = FileChannel.open(file, StandardOpenOption.WRITE)) {
                writing.write(java.nio.ByteBuffer.allocate(4).putInt(0, -5), second);
            }
            assertThatThrownBy(() -> RecordFile.read(channel, second)).hasMessageEndingWith("a length of -5");
            assertThat(new String(RecordFile.read(channel, 8), StandardCharsets.UTF_8)).isEqualTo("first");
        }
    }

    @Test
    void aNewRecordFileIsTheOwnersAlone() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path file = fileWith("secret texts");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }
}
