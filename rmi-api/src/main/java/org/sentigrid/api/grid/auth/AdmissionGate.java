package org.sentigrid.api.grid.auth;

import java.net.InetAddress;
import java.util.HashMap;
import java.util.Map;

/**
 * Caps the connections that have not yet passed their guard (the TLS handshake and the token proof),
 * overall and per source address, so that a flood of half-open connections from one machine cannot
 * use up the coordinator's threads and memory while workers with the token still get in.
 */
public final class AdmissionGate {
    /** The defaults: a LAN of workers reconnecting at once fits easily. */
    public static final int DEFAULT_OVERALL = 64;
    public static final int DEFAULT_PER_ADDRESS = 8;

    private final int overall;
    private final int perAddress;
    private final Map<InetAddress, Integer> waiting = new HashMap<>();
    private int total;

    public AdmissionGate(int overall, int perAddress) {
        if (overall < 1 || perAddress < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
        this.overall = overall;
        this.perAddress = perAddress;
    }

    public static AdmissionGate defaults() {
        return new AdmissionGate(DEFAULT_OVERALL, DEFAULT_PER_ADDRESS);
    }

    /** Admits one more waiting connection from {@code address}, or says why not (null when admitted). */
    public synchronized String enter(InetAddress address) {
        if (total >= overall) {
            return "too many connections are waiting to prove the join token (" + overall + ")";
        }
        int mine = waiting.getOrDefault(address, 0);
        if (mine >= perAddress) {
            return "too many connections from this address are waiting to prove the join token (" + perAddress + ")";
        }
        waiting.put(address, mine + 1);
        total++;
        return null;
    }

    /** A connection admitted by {@link #enter} passed its guard or failed it. */
    public synchronized void leave(InetAddress address) {
        Integer mine = waiting.get(address);
        if (mine == null) {
            return;
        }
        if (mine == 1) {
            waiting.remove(address);
        } else {
            waiting.put(address, mine - 1);
        }
        total--;
    }

    /** How many connections wait now, for tests. */
    synchronized int waiting() {
        return total;
    }
}
