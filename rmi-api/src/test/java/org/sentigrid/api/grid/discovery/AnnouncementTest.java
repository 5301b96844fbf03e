package org.sentigrid.api.grid.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sentigrid.api.grid.tls.CertificateFingerprint;

class AnnouncementTest {
    private static final CertificateFingerprint PIN =
            CertificateFingerprint.parse("SHA256:StgGW3roXy+hdWG7dIWQbaEykue7hIrYK60HG9nR/K8");

    @Test
    void anAnnouncementSurvivesItsDatagramAndNamesHowToJoin() {
        Announcement announcement = new Announcement("ann's desktop", "192.168.1.20", 50505, PIN);
        byte[] bytes = announcement.encode();

        assertThat(Announcement.decode(bytes, bytes.length)).isEqualTo(announcement);
        assertThat(announcement.joinAddress()).isEqualTo("192.168.1.20:50505");
        assertThat(new Announcement("x", "fd00::5", 50505, PIN).joinAddress()).isEqualTo("[fd00::5]:50505");
    }

    @Test
    void anythingElseOnThePortIsIgnored() {
        for (String other : new String[] {"", "hello", "SENTIGRID-ANNOUNCE 1\nname\nhost\nnot-a-port\n" + PIN.text() + "\n",
                "SENTIGRID-ANNOUNCE 2\nname\nhost\n50505\n" + PIN.text() + "\n",
                "SENTIGRID-ANNOUNCE 1\nname\nhost\n50505\nSHA256:short\n"}) {
            byte[] bytes = other.getBytes(StandardCharsets.UTF_8);
            assertThat(Announcement.decode(bytes, bytes.length)).as(other).isNull();
        }
        byte[] huge = new byte[Announcement.MAX_BYTES + 1];
        assertThat(Announcement.decode(huge, huge.length)).isNull();
    }
}
