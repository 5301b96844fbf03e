package org.sentigrid.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JoinAddressTest {
    @ParameterizedTest
    @CsvSource({
        "10.0.0.5:50505, 10.0.0.5, 50505",
        "lab-pc-3.local:1, lab-pc-3.local, 1",
        "localhost:65535, localhost, 65535",
        "[::1]:50505, ::1, 50505",
        "[fe80::1%eth0]:7, fe80::1%eth0, 7",
        "' 10.0.0.5:50505 ', 10.0.0.5, 50505"})
    void parses(String text, String host, int port) {
        JoinAddress address = JoinAddress.parse(text);
        assertThat(address).isEqualTo(new JoinAddress(host, port));
        assertThat(JoinAddress.parse(address.toString())).isEqualTo(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "10.0.0.5", "10.0.0.5:", ":50505", "10.0.0.5:0", "10.0.0.5:65536", "10.0.0.5:port",
        "fe80::1:50505", "[fe80::1]50505", "[fe80::1]:", "[]:1", "[host]:1", "two words:1", "10.0.0.5:-1"})
    void rejects(String text) {
        assertThatThrownBy(() -> JoinAddress.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("--join '").hasMessageContaining("HOST:PORT");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[::1]:50505", "10.0.0.5:50505"})
    void printsAsTyped(String text) {
        assertThat(JoinAddress.parse(text)).hasToString(text);
    }
}
