package org.sentigrid.api.grid.tls;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Runs AES-GCM, TLS 1.3's cipher, a few thousand times on small records, so that the JIT compiles it
 * (with the CPU's AES and carry-less multiply instructions) before the grid's traffic starts. Compiled
 * only after tens of thousands of TLS records, it encrypts at about 70-100 MB/s instead of 1.5-2.5 GB/s
 * (JDK 17, measured here), and a job of a hundred megabytes never gets that far: the cipher then costs the
 * coordinator more CPU than everything else it does for a worker.
 */
public final class CipherWarmUp {
    private static final int ROUNDS = 4_000;

    private CipherWarmUp() {
    }

    /** Warms up on a daemon thread of its own (about half a second of one core) and returns at once. */
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
            byte[] iv = new byte[12];
            ByteBuffer plain = ByteBuffer.allocate(1024 + 16);
            ByteBuffer sealed = ByteBuffer.allocate(1024 + 16);
            for (int i = 0; i < ROUNDS; i++) {
                iv[0] = (byte) i;
                iv[1] = (byte) (i >> 8);  // a fresh nonce each time: GCM refuses to reuse one with a key
                cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
                plain.clear().limit(1024);
                sealed.clear();
                cipher.doFinal(plain, sealed);
                sealed.flip();
                plain.clear();
                cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, iv));
                cipher.doFinal(sealed, plain);
            }
        } catch (GeneralSecurityException | RuntimeException e) {
            // Only a warm-up: TLS works the same without it, more slowly at first.
        }
    }
}
