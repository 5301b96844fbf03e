package org.sentigrid.api.grid.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class AdmissionGateTest {
    @Test
    void oneAddressCannotTakeEverySlotAndSlotsComeBack() throws Exception {
        InetAddress hostile = InetAddress.getByName("192.0.2.66");
        InetAddress worker = InetAddress.getByName("192.0.2.7");
        AdmissionGate gate = new AdmissionGate(3, 2);
        assertThat(gate.enter(hostile)).isNull();
        assertThat(gate.enter(hostile)).isNull();
        assertThat(gate.enter(hostile)).contains("from this address");
        assertThat(gate.enter(worker)).as("another machine still gets in").isNull();
        assertThat(gate.enter(InetAddress.getByName("192.0.2.8")))
                .isEqualTo("too many connections are waiting to prove the join token (3)");
        gate.leave(hostile);
        assertThat(gate.waiting()).isEqualTo(2);
        assertThat(gate.enter(worker)).isNull();
        gate.leave(InetAddress.getByName("192.0.2.9"));  // never admitted: no effect
        assertThat(gate.waiting()).isEqualTo(3);
    }
}
