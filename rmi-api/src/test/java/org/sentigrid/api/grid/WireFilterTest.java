package org.sentigrid.api.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sentigrid.api.EngineMode;
import org.sentigrid.api.SentimentScores;

class WireFilterTest {

    static Stream<Object> everyWireType() {
        JobSettings settings = new JobSettings(EngineMode.NLTK, new String[] {"sentigrid"}, new double[] {2.5});
        return Stream.of(
                new WorkerCredentials("worker-1"),
                new JoinRequest("0.1.0", "a".repeat(64), "b".repeat(64), "lab-3", "lab-3.local", 4),
                new JoinReply("worker-1", 1_000),
                settings,
                JobSettings.plain(EngineMode.VADER),
                Batch.of(7, 3, settings, List.of("Good.", "", "Bad 😀")),
                BatchResult.of(7, 3, List.of(new SentimentScores(0, 0.4, 0.6, 0.4404), new SentimentScores(0.2, 0.8, 0, -0.0))),
                new Region(7, 4, settings, "UTF-8", "sentences", "csv", 0.05, 120, "Good. Bad 😀\n\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                new RegionResult(7, 4, new byte[][] {{1, 2, 3}}, new int[] {1, 3}, new int[] {0, 4, -1, -1}),
                new RegionResult(7, 5, new byte[0][], new int[0], new int[0]),
                new RegionResult(7, 6, new byte[][] {new byte[RegionResult.CHUNK_BYTES], {9}}, new int[] {RegionResult.CHUNK_BYTES + 1}, new int[] {-1, -1}),
                PackedRegion.of(new Region(7, 8, settings, "UTF-8", "lines", "tsv", 0.05, 0, PackedWorkTest.TEXT)),
                PackedRegionResult.of(new RegionResult(7, 8, new byte[][] {new byte[4096]}, new int[] {4096}, new int[] {0, 5})),
                EngineMode.VADER);
    }

    @Test
    void theTlsSocketFactoryInStubsReachesCallersButNotExports() throws Exception {
        Object factory = org.sentigrid.api.grid.tls.TlsClientSocketFactory.defaults();
        assertThat(roundTrip(factory, WireFilter.forCallers())).isEqualTo(factory);
        assertThatThrownBy(() -> roundTrip(factory, WireFilter.forExports()))
                .isInstanceOf(java.io.InvalidClassException.class);
    }

    @Test
    void refusalsReachCallers() throws Exception {
        GridRefusal copy = (GridRefusal) roundTrip(new GridRefusal("wrong token"), WireFilter.forCallers());
        assertThat(copy).hasMessage("wrong token");
    }

    @ParameterizedTest
    @MethodSource("everyWireType")
    void everyWireTypeRoundTripsThroughBothFilters(Object value) throws Exception {
        for (ObjectInputFilter filter : List.of(WireFilter.forExports(), WireFilter.forCallers())) {
            assertThat(roundTrip(value, filter)).isEqualTo(value);
        }
    }

    @Test
    void anUnlistedJdkClassIsRejected() {
        HashMap<String, String> map = new HashMap<>();
        map.put("k", "v");
        assertThatThrownBy(() -> roundTrip(map, WireFilter.forExports()))
                .isInstanceOf(InvalidClassException.class).hasMessageContaining("REJECTED");
        assertThatThrownBy(() -> roundTrip(map, WireFilter.forCallers()))
                .isInstanceOf(InvalidClassException.class).hasMessageContaining("REJECTED");
    }

    @Test
    void anUnlistedClassIsRejectedBeforeItIsInstantiated() {
        Tripwire.readObjects = 0;
        assertThatThrownBy(() -> roundTrip(new Tripwire(), WireFilter.forExports()))
                .isInstanceOf(InvalidClassException.class);
        assertThat(Tripwire.readObjects).isZero();
    }

    @Test
    void anOversizedArrayIsRejected() {
        int longest = Math.max(4 * Wire.MAX_BATCH_UNITS, 2 * Wire.MAX_REGION_UNITS);
        assertThatThrownBy(() -> roundTrip(new double[longest + 1], WireFilter.forExports()))
                .isInstanceOf(InvalidClassException.class).hasMessageContaining("REJECTED");
        assertThatThrownBy(() -> roundTrip(new int[longest + 1], WireFilter.forCallers()))
                .isInstanceOf(InvalidClassException.class).hasMessageContaining("REJECTED");
    }

    @Test
    void noByteArrayIsLongerThanARegion() throws Exception {
        assertThat((byte[]) roundTrip(new byte[Region.MAX_BYTES], WireFilter.forExports())).hasSize(Region.MAX_BYTES);
        assertThatThrownBy(() -> roundTrip(new byte[Region.MAX_BYTES + 1], WireFilter.forExports()))
                .isInstanceOf(InvalidClassException.class).hasMessageContaining("REJECTED");
    }

    @Test
    void constructorsValidateWhatDeserializationBuilds() {
        assertThatThrownBy(() -> new Batch(1, 1, JobSettings.plain(EngineMode.VADER), "abc", new int[] {2, 1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BatchResult(1, 1, new double[] {0, 0, 0}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BatchResult(1, 1, new double[] {0, 0, 2, 0}))
                .isInstanceOf(IllegalArgumentException.class);
        JobSettings plain = JobSettings.plain(EngineMode.VADER);
        byte[] text = {'a', '\n'};
        assertThatThrownBy(() -> new Region(1, 1, plain, "UTF-16", "lines", "csv", 0.05, 0, text))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("charset");
        assertThatThrownBy(() -> new Region(1, 1, plain, "UTF-8", "none", "csv", 0.05, 0, text))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("split");
        assertThatThrownBy(() -> new Region(1, 1, plain, "UTF-8", "lines", "csv", 0.05, 0, new byte[0]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RegionResult(1, 1, new byte[][] {{1, 2}}, new int[] {2, 2}, new int[4]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RegionResult(1, 1, new byte[][] {{1, 2}}, new int[] {1}, new int[2]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RegionResult(1, 1, new byte[][] {{1, 2}}, new int[] {2}, new int[] {3, 1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RegionResult(1, 1, new byte[][] {{1, 2}}, new int[] {2}, new int[] {-1, 1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RegionResult(1, 1, new byte[][] {{1}, {2}}, new int[] {2}, new int[] {-1, -1}))
                .as("only the last chunk may be short").isInstanceOf(IllegalArgumentException.class);
        Region region = new Region(1, 1, plain, "UTF-8", "lines", "csv", 0.05, 0, text);
        assertThat(region.answeredBy(new RegionResult(1, 1, new byte[][] {{1}}, new int[] {1}, new int[] {0, 2}))).isTrue();
        assertThat(region.answeredBy(new RegionResult(1, 1, new byte[][] {{1}}, new int[] {1}, new int[] {0, 3})))
                .as("a text beyond the region").isFalse();
        assertThat(region.answeredBy(new RegionResult(1, 2, new byte[][] {{1}}, new int[] {1}, new int[] {-1, -1}))).isFalse();
        assertThatThrownBy(() -> new WorkerCredentials("")).isInstanceOf(IllegalArgumentException.class);
    }

    private static Object roundTrip(Object value, ObjectInputFilter filter) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            in.setObjectInputFilter(filter);
            return in.readObject();
        }
    }

    /** Counts how often deserialization got as far as running its readObject. */
    static final class Tripwire implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        static int readObjects;

        @Serial
        private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
            readObjects++;
            in.defaultReadObject();
        }
    }
}
