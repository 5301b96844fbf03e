package org.sentigrid.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The validator agrees with Java's strict UTF-8 decoder, byte for byte. */
class Utf8Test {
    @Test
    void agreesWithJavasStrictDecoderOnRandomAndTrickyBytes() throws Exception {
        Random random = new Random(42);
        // Bytes drawn mostly from the edges of UTF-8's ranges, so invalid and valid forms both occur often.
        int[] edges = {0x00, 0x0A, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1,
            0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF};
        int valid = 0;
        for (int round = 0; round < 200_000; round++) {
            byte[] bytes = new byte[random.nextInt(12)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) (random.nextInt(4) == 0 ? 'a' : edges[random.nextInt(edges.length)]);
            }
            boolean expected = strictlyDecodes(bytes);
            valid += expected ? 1 : 0;
            assertThat(Utf8.isValid(new ByteArrayInputStream(bytes))).as("%s", java.util.HexFormat.of().formatHex(bytes))
                    .isEqualTo(expected);
        }
        assertThat(valid).isBetween(1_000, 199_000);
    }

    @Test
    void sequencesAcrossTheReadBufferAreJudgedWhole() throws Exception {
        String text = "x".repeat((1 << 16) - 2) + "😀 and é at the seam";
        assertThat(Utf8.isValid(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))).isTrue();
        byte[] cut = text.substring(0, (1 << 16) - 2).concat("😀").getBytes(StandardCharsets.UTF_8);
        assertThat(Utf8.isValid(new ByteArrayInputStream(java.util.Arrays.copyOf(cut, cut.length - 1)))).isFalse();
    }

    private static boolean strictlyDecodes(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
