package org.sentigrid.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SshTargetTest {
    @Test
    void userHostAndPortAreReadWithPort22ByDefault() {
        assertThat(SshTarget.parse("ann@192.168.1.30")).isEqualTo(new SshTarget("ann", "192.168.1.30", 22));
        assertThat(SshTarget.parse("ann@box.local:2222")).isEqualTo(new SshTarget("ann", "box.local", 2222));
        assertThat(SshTarget.parse("ann@[fd00::5]:2222")).isEqualTo(new SshTarget("ann", "fd00::5", 2222));
        assertThat(SshTarget.parse("ann@fd00::5")).isEqualTo(new SshTarget("ann", "fd00::5", 22));
    }

    @Test
    void itIsShownAsItIsWritten() {
        assertThat(SshTarget.parse("ann@box")).hasToString("ann@box");
        assertThat(SshTarget.parse("ann@[fd00::5]:2222")).hasToString("ann@[fd00::5]:2222");
    }

    @Test
    void aMalformedTargetSaysWhatIsExpected() {
        assertThatThrownBy(() -> SshTarget.parse("box")).hasMessageContaining("USER@HOST[:PORT]");
        assertThatThrownBy(() -> SshTarget.parse("ann@box:ssh")).hasMessageContaining("the SSH port must be a number");
        assertThatThrownBy(() -> SshTarget.parse("ann@box:70000")).hasMessageContaining("1 to 65535");
        assertThatThrownBy(() -> SshTarget.parse("ann@[fd00::5")).hasMessageContaining("brackets");
    }

    @Test
    void itsMessagesNameNoCommandLineOptionForTheWindowShowsThemToo() {
        for (String bad : new String[] {"box", "@box", "ann@", "ann@box:ssh", "ann@box:70000", "ann@[fd00::5"}) {
            assertThatThrownBy(() -> SshTarget.parse(bad)).as(bad).message().doesNotContain("--");
        }
    }
}
