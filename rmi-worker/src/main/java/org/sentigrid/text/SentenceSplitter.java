package org.sentigrid.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import java.util.BitSet;
import java.util.regex.Pattern;

/**
 * Finds sentence ends in a paragraph: ICU's sentence rules with its standard English abbreviation
 * suppressions, then fix-ups for what ICU gets wrong (each explained at its method; the judgement calls
 * in docs/decisions/sentence-splitting.md). ICU proposes the ends; the fix-ups mostly take some back and
 * add a few (list items, bullets). Not thread-safe: one instance per reader.
 */
final class SentenceSplitter {
    private static final BreakIterator PROTOTYPE = buildIterator();

    private static final Pattern URL_OR_EMAIL =
            Pattern.compile("(?i)://|^[(\\[<\"'\u201C\u2018]*www\\.|[^@]@[^@.]+\\.[^@.]");

    private final BreakIterator sentences = PROTOTYPE.clone();
    private final BitSet ends = new BitSet();
    private final ListItems listItems = new ListItems(ends);
    /** Set by {@link #icuView}: where the paragraph has list bullets ('\u2022' and the like), in order. */
    private int[] bullets = new int[16];
    private int bulletCount;

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
        reviewPeriodsAndExclamations(text);
        listItems.apply(text, paragraph, bullets, bulletCount);
        keepEmoticonsWithTheirSentence(text);
        keepQuotedQuestionsInTheirSentence(text);
        endAtParagraphSeparators(text);
        return ends;
    }

    /** U+2029 ends a sentence whatever a fix-up said ("the U.S.\u2029Navy ships"), as in ICU's rules. */
    private void endAtParagraphSeparators(String text) {
        for (int at = text.indexOf('\u2029'); at >= 0 && at + 1 < text.length(); at = text.indexOf('\u2029', at + 1)) {
            ends.set(at + 1);
        }
    }

    private static BreakIterator buildIterator() {
        FilteredBreakIteratorBuilder builder = FilteredBreakIteratorBuilder.getInstance(new ULocale("en@ss=standard"));
        Abbreviations.TITLES.forEach(builder::suppressBreakAfter);
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

    /**
     * Takes back the ends ICU put after a period (or '!') that does not end the sentence, and moves
     * one: see {@link #continuesAfter}. {@code sentenceStart} follows the ends kept so far, for the
     * rules that look at the sentence as a whole.
     */
    private void reviewPeriodsAndExclamations(String text) {
        int sentenceStart = 0;
        for (int end = ends.nextSetBit(0); end >= 0; end = ends.nextSetBit(end + 1)) {
            int markEnd = end;
            while (markEnd > 0 && Whitespace.is(text.charAt(markEnd - 1))) {
                markEnd--;
            }
            if (markEnd == 0 || markEnd == end) {
                sentenceStart = end;
                continue;
            }
            int moved = ellipsisOpeningTheNext(text, markEnd);
            if (moved > 0) {
                ends.clear(end);
                ends.set(moved);
                sentenceStart = moved;
            } else if (continuesAfter(text, sentenceStart, markEnd, end)) {
                ends.clear(end);
            } else {
                sentenceStart = end;
            }
        }
    }

    /**
     * Whether the sentence goes on across ICU's end at {@code end}, which follows the mark at
     * {@code markEnd - 1} and whitespace. The judgements (docs/decisions/sentence-splitting.md):
     * <ul>
     * <li>"p. 55", "No. 7": an abbreviation that stands before numbers, before a number;
     * <li>"e.g.", "i.e.", "cf.", "viz.": they introduce what follows, so never end a sentence;
     * <li>"U.S.", "Ph.D.", "a.m.", "St.": may end a sentence, and do so only before a word that opens
     *     sentences ("the U.S. How about you?" but "the U.S. Navy"); a time that opens its sentence
     *     ("At 5 a.m. Mr. Smith left") does not;
     * <li>"Jonas E. Smith": a capital letter alone after a capitalized word (or opening the sentence) is
     *     an initial, unless a word that opens sentences follows ("you and I. Did" does end);
     * <li>"Yahoo! in": a name spelt with '!' before a lower-case word;
     * <li>". . ." (spaced) marks words left out, not an end; ". . . ." does end;
     * <li>"[...]" marks words left out of a quotation, not an end.
     * </ul>
     */
    private static boolean continuesAfter(String text, int sentenceStart, int markEnd, int end) {
        char mark = text.charAt(markEnd - 1);
        if (mark != '.') {
            return mark == '!' ? exclaimedNameBeforeLowerCase(text, markEnd, end) : elidedInBrackets(text, markEnd);
        }
        if (markEnd >= 2 && text.charAt(markEnd - 2) == ' ') {
            return spacedEllipsisInside(text, markEnd);
        }
        int wordStart = markEnd - 1;
        while (wordStart > 0 && !Whitespace.is(text.charAt(wordStart - 1))) {
            if (markEnd - wordStart > 12) {
                return false; // longer than any abbreviation with its opening punctuation: no need to look on
            }
            wordStart--;
        }
        while (wordStart < markEnd - 1 && !Character.isLetterOrDigit(text.charAt(wordStart))) {
            wordStart++; // "(U.S." is "U.S."
        }
        int length = markEnd - 1 - wordStart;
        boolean innerDot = length >= 3 && text.charAt(markEnd - 3) == '.'; // "U.S", "e.g", "Ph.D"
        boolean digitNext = Character.isDigit(text.charAt(end));
        if (length == 0 || length > 8 || (length > 3 && !innerDot && !(digitNext && length <= 4))) {
            return false; // the common case, an ordinary word: none of the rules below is about one
        }
        String word = text.substring(wordStart, markEnd - 1);
        if (digitNext && Abbreviations.beforeNumbers(word)) {
            return true;
        }
        if (Abbreviations.introducing(word)) {
            return true;
        }
        if (Abbreviations.dotted(word) || word.equals("St")) {
            return !Abbreviations.startsSentence(text, end) || opensClause(text, sentenceStart, wordStart)
                    || (Abbreviations.timeOfDay(word) && words(text, sentenceStart, markEnd) <= 3);
        }
        if (length == 1 && Character.isUpperCase(word.charAt(0))) {
            if (initialAt(text, end)) {
                return true; // "H. L. Mencken", "I. M. Pei"
            }
            boolean afterName = capitalizedWordBefore(text, wordStart);
            // "I." alone opening a sentence is the pronoun ("I. Hate. Mondays."), not an initial
            boolean opensSentence = wordStart <= sentenceStart && word.charAt(0) != 'I';
            return (afterName || opensSentence) && !Abbreviations.startsSentence(text, end);
        }
        return false;
    }

    /** "U.S. Is Said to Plan" (a headline), "Gates: U.S. Is": the abbreviation opens its sentence or follows a colon. */
    private static boolean opensClause(String text, int sentenceStart, int wordStart) {
        int i = wordStart;
        while (i > sentenceStart && Whitespace.is(text.charAt(i - 1))) {
            i--;
        }
        return i <= sentenceStart || text.charAt(i - 1) == ':';
    }

    /** Whether a capital letter with its dot (an initial) starts at {@code at}: "R." in "H. R. Haldeman". */
    private static boolean initialAt(String text, int at) {
        return at + 2 < text.length() && Character.isUpperCase(text.charAt(at)) && text.charAt(at + 1) == '.'
                && Whitespace.is(text.charAt(at + 2));
    }

    /** "At 5 a.m." is three words: the whitespace-separated tokens in [from, to). */
    private static int words(String text, int from, int to) {
        int words = 0;
        boolean inWord = false;
        for (int i = from; i < to; i++) {
            boolean blank = Whitespace.is(text.charAt(i));
            if (!blank && !inWord) {
                words++;
            }
            inWord = !blank;
        }
        return words;
    }

    /** Whether the word before the one at {@code wordStart} begins with a capital ("Jonas" in "Jonas E."). */
    private static boolean capitalizedWordBefore(String text, int wordStart) {
        int i = wordStart;
        while (i > 0 && Whitespace.is(text.charAt(i - 1))) {
            i--;
        }
        int previousEnd = i;
        while (i > 0 && !Whitespace.is(text.charAt(i - 1))) {
            i--;
        }
        while (i < previousEnd && !Character.isLetter(text.charAt(i))) {
            i++;
        }
        return i < previousEnd && Character.isUpperCase(text.charAt(i));
    }

    private static boolean exclaimedNameBeforeLowerCase(String text, int markEnd, int end) {
        int wordStart = markEnd - 1;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        return Character.isLowerCase(text.charAt(end)) && Abbreviations.exclaimedName(text.substring(wordStart, markEnd - 1));
    }

    /** '"Bohr [...] used stairways [...]" (Smith 55).': the mark ends "[...]" and maybe closing quotes. */
    private static boolean elidedInBrackets(String text, int markEnd) {
        int i = markEnd;
        while (i > 0 && isClosingQuote(text.charAt(i - 1))) {
            i--;
        }
        if (i < 3 || text.charAt(i - 1) != ']') {
            return false;
        }
        int dots = i - 1;
        while (dots > 0 && text.charAt(dots - 1) == '.') {
            dots--;
        }
        int count = i - 1 - dots; // '\u2026' was made '.', so "[\u2026]" has one
        return (count == 1 || count == 3) && dots > 0 && text.charAt(dots - 1) == '[';
    }

    /**
     * Whether the mark ends ". . ." (spaced dots, after a space): words left out inside a sentence, as
     * style guides write it; the end of a sentence is then written with a fourth dot (". . . .").
     */
    private static boolean spacedEllipsisInside(String text, int markEnd) {
        int first = markEnd - 5;
        return first >= 0 && text.startsWith(". . .", first) && (first == 0 || Whitespace.is(text.charAt(first - 1)))
                && !(first >= 2 && text.charAt(first - 2) == '.');
    }

    /**
     * "simple words. . . . The next": a period at its word, then a spaced ellipsis. The period ends the
     * sentence and the ellipsis (words left out) opens the next one, so the end moves to the ellipsis.
     * Returns where the next sentence begins, or -1 if the mark at {@code markEnd - 1} is no such case.
     */
    private static int ellipsisOpeningTheNext(String text, int markEnd) {
        int period = markEnd - 7;
        if (period < 1 || !text.startsWith(". . . .", period) || Whitespace.is(text.charAt(period - 1))
                || text.charAt(period - 1) == '.') {
            return -1;
        }
        return period + 2;
    }

    /**
     * An emoticon or emoji right after an end mark closes that sentence ("Great! :)"). ICU gets this
     * wrong both ways: it starts the next sentence with an emoji or "<3", and it does not break at all
     * before ":)" or ";)" because ':' and ';' count as continuing punctuation.
     */
    private void keepEmoticonsWithTheirSentence(String text) {
        // The end marks in order ('\u2026' was made '.'), found with String.indexOf: much faster than a
        // test of every char.
        int dot = text.indexOf('.');
        int bang = text.indexOf('!');
        int question = text.indexOf('?');
        for (int i = 0; ; i++) {
            dot = nextAtOrAfter(text, '.', dot, i);
            bang = nextAtOrAfter(text, '!', bang, i);
            question = nextAtOrAfter(text, '?', question, i);
            i = Math.min(Math.min(dot < 0 ? Integer.MAX_VALUE : dot, bang < 0 ? Integer.MAX_VALUE : bang),
                    question < 0 ? Integer.MAX_VALUE : question);
            if (i == Integer.MAX_VALUE) {
                return;
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

    /** The first {@code c} at or after {@code from}, given {@code found}, the one found before (or -1: none left). */
    private static int nextAtOrAfter(String text, char c, int found, int from) {
        return found < 0 || found >= from ? found : text.indexOf(c, from);
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

    private static boolean isCloser(char c) {
        int type = Character.getType(c);
        return c == '"' || c == '\'' || type == Character.END_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION;
    }

    /**
     * The paragraph as ICU should see it, same length so offsets carry over: line breaks inside a
     * paragraph become spaces (ICU would end a sentence at each one), and '\u2026' becomes '.' (ICU does
     * not count it as an end mark, while "..." it does). The fix-ups read this copy too: it differs
     * only in ways they do not care about, and a String is much faster to scan than a StringBuilder.
     * Notes on the way where the paragraph has bullets, so that they need no scan of their own.
     */
    private String icuView(StringBuilder paragraph) {
        char[] chars = new char[paragraph.length()];
        paragraph.getChars(0, chars.length, chars, 0);
        bulletCount = 0;
        for (int i = 0; i < chars.length; i++) {
            switch (chars[i]) {
                case '\n', '\r', '\u0085', '\u2028' -> chars[i] = ' ';
                case '\u2026' -> chars[i] = '.';
                case '\u2022', '\u2023', '\u2043', '\u25E6', '\u25AA', '\u25CF' -> addBullet(i); // ListItems.isBullet
                default -> { }
            }
        }
        return new String(chars);
    }

    private void addBullet(int at) {
        if (bulletCount == bullets.length) {
            bullets = Arrays.copyOf(bullets, 2 * bulletCount);
        }
        bullets[bulletCount++] = at;
    }
}
