package org.sentigrid.api.grid;

import com.github.luben.zstd.Zstd;
import java.io.Serial;
import java.util.Objects;

/**
 * A {@link Region} whose bytes are compressed (zstd, its fastest level), as the coordinator sends work
 * over a link beyond loopback: English text shrinks to about a third, so a Wi-Fi link carries about
 * three times the work, and TLS encrypts a third of the bytes. The worker {@link #unpack}s it and sends
 * its result back packed too ({@link PackedRegionResult}).
 *
 * @param region the region's fields but its bytes: {@code bytes} holds one byte, a placeholder
 * @param length how many bytes the region holds
 * @param packed the region's bytes, compressed
 */
public record PackedRegion(Region region, int length, byte[] packed) implements Work {
    @Serial
    private static final long serialVersionUID = 1L;
    private static final int LEVEL = 1;
    private static final byte[] PLACEHOLDER = {0};

    public PackedRegion {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(packed, "packed");
        if (region.bytes().length != 1) {
            throw new IllegalArgumentException("a packed region's header holds a one-byte placeholder");
        }
        if (length < 1 || length > Wire.MAX_REGION_BYTES || packed.length == 0 || packed.length >= length) {
            throw new IllegalArgumentException("a packed region holds 1 to " + Wire.MAX_REGION_BYTES
                    + " bytes, packed into fewer, not " + length + " into " + packed.length);
        }
    }

    /** The region packed, or the region itself when its bytes do not shrink. */
    public static Work of(Region region) {
        byte[] packed;
        try {
            packed = Zstd.compress(region.bytes(), LEVEL);
        } catch (LinkageError noNativeCode) {  // zstd's native library cannot be loaded on this platform
            return region;
        }
        if (packed.length >= region.bytes().length) {
            return region;
        }
        Region header = new Region(region.jobId(), region.batchId(), region.settings(), region.charset(), region.split(),
                region.format(), region.threshold(), region.charOffset(), PLACEHOLDER);
        return new PackedRegion(header, region.bytes().length, packed);
    }

    /** The region as it was packed; refused when the packed bytes are not exactly {@code length} bytes of zstd. */
    public Region unpack() {
        byte[] bytes = Packing.decompress(packed, length);
        return new Region(region.jobId(), region.batchId(), region.settings(), region.charset(), region.split(),
                region.format(), region.threshold(), region.charOffset(), bytes);
    }

    @Override
    public long jobId() {
        return region.jobId();
    }

    @Override
    public long batchId() {
        return region.batchId();
    }

    @Override
    public JobSettings settings() {
        return region.settings();
    }

    @Override
    public boolean answeredBy(WorkResult result) {
        return result instanceof RegionResult records && records.jobId() == jobId() && records.batchId() == batchId()
                && records.textsWithin(length);
    }

    /** Not copied: only ever read. */
    @Override
    public byte[] packed() {
        return packed;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PackedRegion that && region.equals(that.region) && length == that.length
                && java.util.Arrays.equals(packed, that.packed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(region, length);
    }

    @Override
    public String toString() {
        return "PackedRegion[job=" + jobId() + ", batch=" + batchId() + ", " + length + " bytes packed into " + packed.length + "]";
    }
}
