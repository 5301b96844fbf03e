package org.sentigrid.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RefusalLogTest {
    private Instant now = Instant.parse("2026-12-05T10:00:00Z");

    @Test
    void aFloodFromOneAddressIsOneLineAMinuteAndOtherAddressesAndReasonsStillShow() {
        List<String> told = new ArrayList<>();
        RefusalLog log = new RefusalLog(new GridEvents() {
            @Override
            public void workerRefused(String who, String message) {
                told.add(who + ": " + message);
            }
        }, new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        });
        for (int i = 0; i < 1000; i++) {
            log.refused("192.0.2.66", "the worker's proof of the join token is wrong");
            now = now.plusMillis(10);
        }
        log.refused("192.0.2.7", "no TLS handshake");
        log.refused("192.0.2.66", "no TLS handshake");
        log.refused("192.0.2.66", "no TLS handshake");
        assertThat(told).containsExactly(
                "connection from 192.0.2.66: the worker's proof of the join token is wrong",
                "connection from 192.0.2.7: no TLS handshake",
                "connection from 192.0.2.66: no TLS handshake");
        now = now.plus(Duration.ofMinutes(1));
        log.refused("192.0.2.66", "the worker's proof of the join token is wrong");
        assertThat(told).last().isEqualTo("connection from 192.0.2.66: the worker's proof of the join token is wrong"
                + " (and 999 more refused from there in the last minute)");
    }

    @Test
    void controlCharactersAndReorderingMarksAreShownNotObeyed() {
        assertThat(Printable.escape("lab\u001b[2J-pc\r\n\u202egnp.exe")).isEqualTo("lab\\u001b[2J-pc\\u000d\\u000a\\u202egnp.exe");
        assertThat(Printable.escape("läb-pc 3 😀")).isEqualTo("läb-pc 3 😀");
    }
}
