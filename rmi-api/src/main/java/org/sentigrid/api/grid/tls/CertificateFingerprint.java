package org.sentigrid.api.grid.tls;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.util.Base64;

/**
 * A certificate's SHA-256 fingerprint, as {@code SHA256:} and the unpadded base64 of the digest of its
 * DER encoding (the form OpenSSH uses for keys). Workers pin the coordinator's certificate by it.
 *
 * @param text {@code SHA256:} followed by 43 base64 characters
 */
public record CertificateFingerprint(String text) {
    private static final String PREFIX = "SHA256:";

    public CertificateFingerprint {
        if (text == null || !text.startsWith(PREFIX) || !text.substring(PREFIX.length()).matches("[A-Za-z0-9+/]{43}")) {
            throw new IllegalArgumentException("a certificate fingerprint is SHA256: followed by 43 base64 characters");
        }
    }

    /** Parses what the user typed; the exception's message is a plain sentence. */
    public static CertificateFingerprint parse(String text) {
        return new CertificateFingerprint(text == null ? null : text.strip());
    }

    /** The fingerprint of a certificate's DER encoding. */
    public static CertificateFingerprint of(Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return new CertificateFingerprint(PREFIX + Base64.getEncoder().withoutPadding().encodeToString(digest));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot fingerprint the certificate", e);
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
