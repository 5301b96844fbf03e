package org.sentigrid.desktop.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class NoticeTextTest {
    @Test
    void aLongNoticeIsBrokenAtSpacesIntoLinesNoLongerThanTheLimit() {
        String notice = "/home/ana/reviews.txt: most lines end without a full stop, so splitting into sentences joins"
                + " each with the next; if each line is a text of its own, split into lines (--split lines; in the"
                + " window, Split into: Lines).";

        String wrapped = NoticeText.wrapped(notice);

        assertThat(wrapped.replace('\n', ' ')).isEqualTo(notice);
        assertThat(wrapped.split("\n")).hasSizeGreaterThan(1)
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(NoticeText.LINE_CHARS));
        assertThat(Arrays.stream(wrapped.split("\n")).limit(2).mapToInt(String::length).sum())
                .as("lines are filled, not broken early").isGreaterThan(NoticeText.LINE_CHARS);
    }

    @Test
    void aShortNoticeAndAWordLongerThanALineStayAsTheyAre() {
        assertThat(NoticeText.wrapped("Saved.")).isEqualTo("Saved.");
        String path = "/" + "x".repeat(120) + "/a.txt";
        assertThat(NoticeText.wrapped(path)).isEqualTo(path);
    }
}
