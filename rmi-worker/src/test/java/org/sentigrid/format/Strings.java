package org.sentigrid.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Strings that are hard to quote, escape or encode. */
final class Strings {
    /** Every char some format treats specially, and some that none should. */
    private static final String NASTY = "a Z,;\"'\t\n\r\\#!\u0000\u0001\u0008\u000c\u001f\u007f\u0080\u00e9\u07ff\u0800"
            + "\u20ac\u2028\u2029\ufeff\uffff\ud83d\ude00\udbff\udfff/{}[]:0-.";

    private Strings() {
    }

    static List<String> tricky() {
        List<String> strings = new ArrayList<>(List.of(
                "", " ", "plain", "two words", "a,b", ",", "\"", "\"\"", "say \"hi\"", "\"quoted\"",
                "\t", "a\tb", "\n", "a\nb", "\r", "a\rb", "\r\n", "line\r\nline", "\\", "a\\b", "\\t\\n",
                " leading", "trailing ", "trailing\t", "trailing\u0001", "#comment", "!bang", "\u0000", "\u0000x",
                "x\u0000", "x\u0000y", "\u001fx", "x\u001f", "\u007f", "x\u007f", "$dollar", "$", "'single'",
                "\u0008\u000c", "caf\u00e9", "\u00e9", "\u20ac5", "\u65e5\u672c\u8a9e", "\u2028", "a\u2028b\u2029c",
                "\ud83d\ude00", "smile \ud83d\ude00!", "\ud83d", "\ude00", "x\ud83d", "\ude00x", "\ud83d\ud83d\ude00",
                "\ude00\ud83d", "a\ud83d,b", "\ud83d\"", "\ufeffbom", "\uffff", "</script>", "a/b", "{\"k\":1}",
                "-1", "0.5", "null"));
        strings.add("long ".repeat(20_000) + "\"quote\" \u00e9\ud83d\ude00\n");
        strings.add("\u00e9\"".repeat(30_000));
        strings.add("x".repeat(70_000));
        return strings;
    }

    /** Strings of up to {@code maxLength} chars drawn from {@link #NASTY}, the same on every run. */
    static List<String> random(int count, int maxLength, long seed) {
        Random random = new Random(seed);
        List<String> strings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            char[] chars = new char[random.nextInt(maxLength + 1)];
            for (int j = 0; j < chars.length; j++) {
                chars[j] = NASTY.charAt(random.nextInt(NASTY.length()));
            }
            strings.add(new String(chars));
        }
        return strings;
    }
}
