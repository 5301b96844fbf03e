package org.sentigrid.api.grid.tls;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.X509TrustManager;

/**
 * Trusts exactly one server certificate: the one whose fingerprint the worker was given. No
 * certificate authority and no host name play a part; the pin is exact.
 */
final class PinnedTrustManager implements X509TrustManager {
    /** The coordinator presented another certificate than the pinned one. */
    static final class Mismatch extends CertificateException {
        private static final long serialVersionUID = 1L;
        final transient CertificateFingerprint presented;

        Mismatch(CertificateFingerprint presented) {
            super("the coordinator presented certificate " + presented);
            this.presented = presented;
        }
    }

    private final CertificateFingerprint pin;

    PinnedTrustManager(CertificateFingerprint pin) {
        this.pin = pin;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException("the coordinator presented no certificate");
        }
        CertificateFingerprint presented = CertificateFingerprint.of(chain[0]);
        if (!presented.equals(pin)) {
            throw new Mismatch(presented);
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("workers do not present certificates");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}
