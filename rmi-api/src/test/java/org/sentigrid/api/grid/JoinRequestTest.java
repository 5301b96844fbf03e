package org.sentigrid.api.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** What a worker's join says of its link, and the packing that follows from it. */
class JoinRequestTest {
    private static final long MB = 1024 * 1024;

    private static JoinRequest request(int threads, long link) {
        return new JoinRequest("0.1.0", "a".repeat(64), "b".repeat(64), "lab-3", "lab-3.local", threads).withLink(link);
    }

    @Test
    void aLinkThatCarriesEnoughForEachThreadGetsUnpackedWork() {
        assertThat(request(1, 64 * MB).wantsPackedWork()).isFalse();
        assertThat(request(4, 800 * MB).wantsPackedWork()).isFalse();
    }

    @Test
    void aSlowerLinkGetsPackedWorkAsDoesOneShareByManyThreads() {
        assertThat(request(1, 12 * MB).wantsPackedWork()).as("Wi-Fi at 100 Mbit/s").isTrue();
        assertThat(request(1, 64 * MB - 1).wantsPackedWork()).isTrue();
        assertThat(request(2, 110 * MB).wantsPackedWork()).as("gigabit Ethernet, two threads").isTrue();
    }

    @Test
    void aWorkerThatDidNotMeasureItsLinkGetsPackedWorkAsBefore() {
        assertThat(request(1, 0).wantsPackedWork()).isTrue();
        assertThat(new JoinRequest("0.1.0", "a".repeat(64), "b".repeat(64), "lab-3", "lab-3.local", 1).linkBytesPerSecond()).isZero();
    }

    @Test
    void aLinksRateReadsInMegabitsUpToAGigabitThenInGigabits() {
        assertThat(JoinRequest.describeLink(12_000_000)).isEqualTo("96 Mbit/s");
        assertThat(JoinRequest.describeLink(124_875_000)).isEqualTo("999 Mbit/s");
        assertThat(JoinRequest.describeLink(249_750_000)).isEqualTo("2.0 Gbit/s");
    }

    @Test
    void aNegativeLinkIsRefusedAsDeserializationBuildsIt() {
        assertThatThrownBy(() -> request(1, -1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("linkBytesPerSecond");
    }
}
