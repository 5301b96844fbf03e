package org.sentigrid.text;

import java.io.IOException;
import java.util.zip.ZipFile;

/** OpenDocument files (and EPUBs with DRM) name their encrypted parts in their manifest. */
final class OdfEncryption {
    private OdfEncryption() {
    }

    static boolean isEncrypted(ZipFile zip) throws IOException {
        org.jsoup.nodes.Document manifest = ZipEntries.xml(zip, "META-INF/manifest.xml");
        if (manifest != null && manifest.selectFirst("manifest|encryption-data") != null) {
            return true;
        }
        org.jsoup.nodes.Document encryption = ZipEntries.xml(zip, "META-INF/encryption.xml");
        return encryption != null && encryption.selectFirst("EncryptedData") != null;
    }
}
