package org.sentigrid.api.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.luben.zstd.Zstd;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.sentigrid.api.EngineMode;

/** Regions and their results compressed for links beyond loopback: exact round trips, and forgeries refused. */
class PackedWorkTest {
    static final byte[] TEXT = "The food was great!\nThe service, not so much.\n".repeat(200).getBytes(StandardCharsets.UTF_8);
    private static final JobSettings SETTINGS = JobSettings.plain(EngineMode.VADER);

    private static Region region(byte[] bytes) {
        return new Region(3, 9, SETTINGS, "UTF-8", "lines", "csv", 0.05, 42, bytes);
    }

    @Test
    void aRegionUnpacksToExactlyWhatWasPackedAndShrinks() {
        Region region = region(TEXT);
        PackedRegion packed = (PackedRegion) PackedRegion.of(region);
        assertThat(packed.packed().length).isLessThan(TEXT.length / 10);
        assertThat(packed.unpack()).isEqualTo(region);
        assertThat(packed.jobId()).isEqualTo(3);
        assertThat(packed.batchId()).isEqualTo(9);
    }

    @Test
    void bytesThatDoNotShrinkTravelAsTheyAre() {
        byte[] random = new byte[4096];
        new java.util.Random(7).nextBytes(random);
        Region region = region(random);
        assertThat(PackedRegion.of(region)).isSameAs(region);
    }

    @Test
    void aResultUnpacksToExactlyWhatWasPacked() {
        byte[] records = "\t0.000\t0.406\t0.594\t0.6588\tpositive\t\t0\t19\n".repeat(500).getBytes(StandardCharsets.UTF_8);
        int[] ends = new int[500];
        int[] texts = new int[1000];
        for (int i = 0; i < 500; i++) {
            ends[i] = (i + 1) * (records.length / 500);
            texts[2 * i] = i % 7 == 0 ? -1 : i * 20;
            texts[2 * i + 1] = i % 7 == 0 ? -1 : i * 20 + 19;
        }
        RegionResult result = new RegionResult(3, 9, new byte[][] {records}, ends, texts);
        PackedRegionResult packed = (PackedRegionResult) PackedRegionResult.of(result);
        assertThat(packed.units()).isEqualTo(500);
        assertThat(packed.packed().length).isLessThan(records.length / 5);
        assertThat(packed.unpack()).isEqualTo(result);
    }

    @Test
    void anEmptyResultTravelsAsItIs() {
        RegionResult empty = new RegionResult(3, 9, new byte[0][], new int[0], new int[0]);
        assertThat(PackedRegionResult.of(empty)).isSameAs(empty);
    }

    @Test
    void packedBytesThatAreNotWhatTheyClaimAreRefused() {
        Region header = new Region(3, 9, SETTINGS, "UTF-8", "lines", "csv", 0.05, 42, new byte[] {0});
        byte[] packed = Zstd.compress(TEXT, 1);
        // Another length than the bytes unpack to: a bomb that claims to be small, or a short one.
        assertThatThrownBy(() -> new PackedRegion(header, TEXT.length - 1, packed).unpack())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hold");
        // Not zstd at all, and zstd cut short.
        byte[] garbage = new byte[100];
        Arrays.fill(garbage, (byte) 7);
        assertThatThrownBy(() -> new PackedRegion(header, 1000, garbage).unpack()).isInstanceOf(IllegalArgumentException.class);
        byte[] cut = Arrays.copyOf(packed, packed.length / 2);
        assertThatThrownBy(() -> new PackedRegion(header, TEXT.length, cut).unpack()).isInstanceOf(IllegalArgumentException.class);
        // More than a region may hold, or packed bytes that do not shrink, are refused as they are built.
        assertThatThrownBy(() -> new PackedRegion(header, Region.MAX_BYTES + 1, packed)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PackedRegion(header, 10, packed)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PackedRegion(region(TEXT), TEXT.length, packed)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPackedResultWhosePartsDoNotAddUpIsRefused() {
        byte[] plain = new byte[8 + 10 + 12];
        java.nio.ByteBuffer.wrap(plain).putInt(1).putInt(11);  // says 11 record bytes, holds 10
        byte[] packed = Zstd.compress(plain, 1);
        assertThatThrownBy(() -> new PackedRegionResult(3, 9, 1, plain.length, packed).unpack())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("add up");
        assertThatThrownBy(() -> new PackedRegionResult(3, 9, 2, plain.length, packed)).isInstanceOf(IllegalArgumentException.class);
    }
}
