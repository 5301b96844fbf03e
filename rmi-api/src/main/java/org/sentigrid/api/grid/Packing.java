package org.sentigrid.api.grid;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdException;

/** Decompression with the size stated up front: a packed piece must unpack to exactly that many bytes. */
final class Packing {
    private Packing() {
    }

    static byte[] decompress(byte[] packed, int length) {
        long stated;
        try {
            stated = Zstd.getFrameContentSize(packed);
        } catch (ZstdException e) {
            throw new IllegalArgumentException("the packed bytes are not zstd: " + e.getMessage());
        }
        if (stated != length) {
            throw new IllegalArgumentException("the packed bytes hold " + stated + " bytes, not " + length);
        }
        byte[] bytes = new byte[length];
        long written;
        try {
            written = Zstd.decompressByteArray(bytes, 0, length, packed, 0, packed.length);
        } catch (ZstdException e) {
            throw new IllegalArgumentException("the packed bytes are damaged: " + e.getMessage());
        }
        if (Zstd.isError(written)) {
            throw new IllegalArgumentException("the packed bytes are damaged: " + Zstd.getErrorName(written));
        }
        if (written != length) {
            throw new IllegalArgumentException("the packed bytes unpack to " + written + " bytes, not " + length);
        }
        return bytes;
    }
}
