package org.sentigrid.grid;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Passes refused connections on to the {@link GridEvents}, at most once per address and reason per
 * minute: a flood of refused connections from one machine is a line a minute (with how many more there
 * were), not one line per attempt.
 */
final class RefusalLog {
    static final Duration QUIET = Duration.ofMinutes(1);
    /** Addresses and reasons remembered at most; the oldest are forgotten first. */
    private static final int MAX_ADDRESSES = 4096;

    private final GridEvents events;
    private final Clock clock;
    /** When each address was last told about, for each reason. */
    private final Map<String, Told> told = new LinkedHashMap<>();

    private static final class Told {
        Instant at;
        int since;

        Told(Instant at) {
            this.at = at;
        }
    }

    RefusalLog(GridEvents events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** A connection from {@code address} was refused because {@code why}. */
    void refused(String address, String why) {
        String line;
        synchronized (this) {
            Instant now = clock.instant();
            String key = address + " " + why;
            Told last = told.get(key);
            if (last != null && Duration.between(last.at, now).compareTo(QUIET) < 0) {
                last.since++;
                return;
            }
            int more = last == null ? 0 : last.since;
            told.remove(key);
            told.put(key, new Told(now));
            if (told.size() > MAX_ADDRESSES) {
                told.remove(told.keySet().iterator().next());
            }
            line = more == 0 ? why : why + " (and " + more + " more refused from there in the last minute)";
        }
        events.workerRefused("connection from " + Printable.escape(address), line);
    }
}
