package org.sentigrid.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds sentence ends in a paragraph: ICU's sentence rules with its standard English abbreviation
 * suppressions, then a few fix-ups for what ICU gets wrong (each explained at its method). Not
 * thread-safe: one instance per reader.
 */
final class SentenceSplitter {
    /** Not in ICU's English suppression list; single-dot ones only (see {@link #keepDottedAbbreviations}). */
    private static final List<String> EXTRA_SUPPRESSIONS = List.of("Dr.");

    private static final BreakIterator PROTOTYPE = buildIterator();

    /**
     * ICU's filter looks back only to the last dot, so it never suppresses a break after the final dot of
     * "U.S." or "e.g."; these are matched here instead. "etc." is deliberately absent: ICU already keeps
     * "etc. and so on" together, and before a capital "etc." usually does end the sentence.
     */
    private static final Pattern DOTTED_ABBREVIATION =
            Pattern.compile("(?i)(?:^|[^\\p{L}.])(?:e\\.g|i\\.e|a\\.m|p\\.m|u\\.s|u\\.s\\.a|u\\.k|ph\\.d)\\.$");

    private static final Pattern URL_OR_EMAIL =
            Pattern.compile("(?i)://|^[(\\[<\"'\u201C\u2018]*www\\.|[^@]@[^@.]+\\.[^@.]");

    private final BreakIterator sentences = PROTOTYPE.clone();
    private final BitSet ends = new BitSet();

    /**
     * The sentence ends strictly inside {@code paragraph} (its end is not included). The bit set is
     * reused by the next call.
     */
    BitSet split(StringBuilder paragraph) {
        String text = icuView(paragraph);
        ends.clear();
        sentences.setText(text);
        for (int end = sentences.next(); end != BreakIterator.DONE && end < text.length(); end = sentences.next()) {
            ends.set(end);
        }
        keepUrlsWhole(text);
        keepDottedAbbreviations(text);
        keepEmoticonsWithTheirSentence(text);
        keepQuotedQuestionsInTheirSentence(text);
        return ends;
    }

    private static BreakIterator buildIterator() {
        FilteredBreakIteratorBuilder builder = FilteredBreakIteratorBuilder.getInstance(new ULocale("en@ss=standard"));
        EXTRA_SUPPRESSIONS.forEach(builder::suppressBreakAfter);
        return builder.wrapIteratorWithFilter(BreakIterator.getSentenceInstance(ULocale.ENGLISH));
    }

    /** ICU breaks after '?' or '!' (and sometimes '.') inside a URL; no sentence ends inside a URL or e-mail address. */
    private void keepUrlsWhole(String text) {
        int tokenEnd = -1;
        boolean inUrl = false;
        for (int end = ends.nextSetBit(0); end >= 0; end = ends.nextSetBit(end + 1)) {
            if (Whitespace.is(text.charAt(end - 1)) || Whitespace.is(text.charAt(end))) {
                continue;
            }
            if (end >= tokenEnd) { // a new token: scan it once, however many breaks ICU put inside it
                int tokenStart = end;
                while (tokenStart > 0 && !Whitespace.is(text.charAt(tokenStart - 1))) {
                    tokenStart--;
                }
                tokenEnd = end;
                while (tokenEnd < text.length() && !Whitespace.is(text.charAt(tokenEnd))) {
                    tokenEnd++;
                }
                inUrl = URL_OR_EMAIL.matcher(text).region(tokenStart, tokenEnd).find();
            }
            if (inUrl) {
                ends.clear(end);
            }
        }
    }

    private void keepDottedAbbreviations(String text) {
        for (int end = ends.nextSetBit(0); end >= 0; end = ends.nextSetBit(end + 1)) {
            int wordEnd = end;
            while (wordEnd > 0 && Whitespace.is(text.charAt(wordEnd - 1))) {
                wordEnd--;
            }
            boolean dotted = wordEnd >= 3 && text.charAt(wordEnd - 1) == '.' && text.charAt(wordEnd - 3) == '.'; // "?.?." cheaply first
            if (dotted && DOTTED_ABBREVIATION.matcher(text.subSequence(Math.max(0, wordEnd - 8), wordEnd)).find()) {
                ends.clear(end);
            }
        }
    }

    /**
     * An emoticon or emoji right after an end mark closes that sentence ("Great! :)"). ICU gets this
     * wrong both ways: it starts the next sentence with an emoji or "<3", and it does not break at all
     * before ":)" or ";)" because ':' and ';' count as continuing punctuation.
     */
    private void keepEmoticonsWithTheirSentence(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isEndMark(text.charAt(i))) {
                continue;
            }
            int afterMark = i + 1;
            while (afterMark < text.length() && isCloser(text.charAt(afterMark))) {
                afterMark++;
            }
            int runEnd = Emoticons.runEnd(text, Whitespace.skip(text, afterMark));
            if (runEnd < 0) {
                continue;
            }
            int next = Whitespace.skip(text, runEnd);
            ends.clear(i + 1, next);
            if (next < text.length()) {
                ends.set(next);
            }
            i = runEnd - 1;
        }
    }

    /**
     * ICU always ends a sentence after '?' or '!', also when they close a quotation that the sentence
     * goes on after: "Really?" he asked. A closing quote after the mark and a lower-case word after
     * that keep the sentence whole.
     */
    private void keepQuotedQuestionsInTheirSentence(String text) {
        for (int end = ends.nextSetBit(0); end >= 0; end = ends.nextSetBit(end + 1)) {
            if (!Character.isLowerCase(text.codePointAt(end))) {
                continue;
            }
            int i = end;
            while (i > 0 && Whitespace.is(text.charAt(i - 1))) {
                i--;
            }
            int quotes = i;
            while (i > 0 && isClosingQuote(text.charAt(i - 1))) {
                i--;
            }
            if (i < quotes && i > 0 && (text.charAt(i - 1) == '?' || text.charAt(i - 1) == '!')) {
                ends.clear(end);
            }
        }
    }

    private static boolean isClosingQuote(char c) {
        return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == '\u00BB';
    }

    private static boolean isEndMark(char c) {
        return c == '.' || c == '!' || c == '?'; // '\u2026' was made '.'
    }

    private static boolean isCloser(char c) {
        int type = Character.getType(c);
        return c == '"' || c == '\'' || type == Character.END_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION;
    }

    /**
     * The paragraph as ICU should see it, same length so offsets carry over: line breaks inside a
     * paragraph become spaces (ICU would end a sentence at each one), and '\u2026' becomes '.' (ICU does
     * not count it as an end mark, while "..." it does). The fix-ups read this copy too: it differs
     * only in ways they do not care about, and a String is much faster to scan than a StringBuilder.
     */
    private static String icuView(StringBuilder paragraph) {
        char[] chars = new char[paragraph.length()];
        paragraph.getChars(0, chars.length, chars, 0);
        for (int i = 0; i < chars.length; i++) {
            switch (chars[i]) {
                case '\n', '\r', '\u0085', '\u2028' -> chars[i] = ' ';
                case '\u2026' -> chars[i] = '.';
                default -> { }
            }
        }
        return new String(chars);
    }
}
