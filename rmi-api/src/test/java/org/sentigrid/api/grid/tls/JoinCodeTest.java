package org.sentigrid.api.grid.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class JoinCodeTest {
    private static final CertificateFingerprint PIN =
            CertificateFingerprint.parse("SHA256:StgGW3roXy+hdWG7dIWQbaEykue7hIrYK60HG9nR/K8");

    @ParameterizedTest
    @ValueSource(strings = {"192.168.1.20:50505", "[fe80::1%eth0]:50505", "coordinator.lan:1"})
    void aJoinCodeRoundTrips(String address) {
        JoinCode code = new JoinCode(address, "0123456789abcdef0123456789abcdef", PIN);
        assertThat(code.text()).startsWith("sg1:").matches("sg1:[A-Za-z0-9_-]+");
        assertThat(JoinCode.parse("  " + code.text() + "\n")).isEqualTo(code);
        assertThat(code.toString()).doesNotContain("0123456789abcdef");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "sg1:", "sg1:!!!", "sg2:abc", "192.168.1.20:50505",
            "sg1:MTkyLjAuMi4yOjUwNjEyIHNtb2tl"})
    void aMalformedJoinCodeIsOnePlainSentence(String text) {
        assertThatThrownBy(() -> JoinCode.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the join code is not one Sentigrid printed (it starts with sg1:); copy it again, whole");
    }

    @Test
    void aCodeWithABadFingerprintIsMalformed() {
        String payload = "10.0.0.1:50505 token-0123456789abcdef SHA256:short";
        String text = "sg1:" + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> JoinCode.parse(text)).hasMessageStartingWith("the join code is not one Sentigrid printed");
    }

    @Test
    void aFingerprintIsSha256InBase64() {
        assertThat(PIN.text()).isEqualTo("SHA256:StgGW3roXy+hdWG7dIWQbaEykue7hIrYK60HG9nR/K8");
        assertThatThrownBy(() -> CertificateFingerprint.parse("AB:CD")).isInstanceOf(IllegalArgumentException.class);
    }
}
