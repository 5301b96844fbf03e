package org.sentigrid.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BytesTest {
    /** What Java's UTF-8 encoder gives for a string, through a Writer as output used to be written. */
    private static byte[] javaUtf8(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            out.write(text);
        }
        return bytes.toByteArray();
    }

    private static byte[] utf8(String text, int start, int end) {
        return new Bytes(1).appendUtf8(text, start, end).toByteArray();
    }

    @Test
    void utf8IsWhatJavasEncoderWritesUnpairedSurrogatesIncluded() throws IOException {
        for (String text : Strings.tricky()) {
            assertThat(utf8(text, 0, text.length())).as(text).isEqualTo(javaUtf8(text))
                    .isEqualTo(text.getBytes(StandardCharsets.UTF_8));
        }
        for (String text : Strings.random(5_000, 12, 1)) {
            assertThat(utf8(text, 0, text.length())).as(text).isEqualTo(javaUtf8(text));
        }
    }

    @Test
    void unpairedSurrogatesBecomeQuestionMarks() {
        assertThat(utf8("a\ud83db", 0, 3)).containsExactly('a', '?', 'b');
        assertThat(utf8("\ude00\ud83d", 0, 2)).containsExactly('?', '?');
        assertThat(utf8("\ud83d\ude00", 0, 2)).containsExactly(0xF0, 0x9F, 0x98, 0x80);
    }

    @Test
    void aRangeEndsWhereItSaysEvenMidPair() throws IOException {
        String text = "ab\u00e9\ud83d\ude00cd";
        for (int start = 0; start <= text.length(); start++) {
            for (int end = start; end <= text.length(); end++) {
                assertThat(utf8(text, start, end)).isEqualTo(javaUtf8(text.substring(start, end)));
            }
        }
    }

    @Test
    void longsAreWrittenAsLongToStringWritesThem() {
        Random random = new Random(2);
        long[] values = {0, 1, -1, 9, 10, -10, 99, 100, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1,
                Integer.MAX_VALUE, Integer.MAX_VALUE + 1L, Integer.MIN_VALUE, 1_000_000_000_000L, -999_999_999_999_999_999L,
                999_999_999_999_999_999L, 1_000_000_000_000_000_000L};
        Bytes bytes = new Bytes(1);
        for (long value : values) {
            bytes.reset();
            assertThat(new String(bytes.appendLong(value).toByteArray(), StandardCharsets.US_ASCII)).isEqualTo(Long.toString(value));
        }
        for (int i = 0; i < 10_000; i++) {
            long value = random.nextLong() >> random.nextInt(64);
            bytes.reset();
            assertThat(new String(bytes.appendLong(value).toByteArray(), StandardCharsets.US_ASCII)).isEqualTo(Long.toString(value));
        }
    }

    @Test
    void growsKeepsWhatItHoldsAndWritesItOut() throws IOException {
        Bytes bytes = new Bytes(2);
        bytes.append('x').append(new byte[] {'1', '2', '3'}).append(new byte[] {'a', 'b', 'c', 'd'}, 1, 3).appendLong(-42);
        assertThat(bytes.length()).isEqualTo(9);
        assertThat(new String(bytes.array(), 0, bytes.length(), StandardCharsets.US_ASCII)).isEqualTo("x123bc-42");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        bytes.writeTo(out);
        assertThat(out.toString(StandardCharsets.US_ASCII)).isEqualTo("x123bc-42");
        bytes.reset();
        assertThat(bytes.length()).isZero();
        assertThat(bytes.toByteArray()).isEmpty();
    }
}
