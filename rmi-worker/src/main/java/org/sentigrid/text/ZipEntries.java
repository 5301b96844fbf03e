package org.sentigrid.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

/** The XML and XHTML inside a zip-based document (OpenDocument, EPUB), parsed with jsoup. */
final class ZipEntries {
    private ZipEntries() {
    }

    /** The entry as XML (tag names with their prefixes, as "text:p"); null when the zip has no such entry. */
    static org.jsoup.nodes.Document xml(ZipFile zip, String entry) throws IOException {
        return parse(zip, entry, Parser.xmlParser());
    }

    /** The entry as HTML; null when the zip has no such entry. */
    static org.jsoup.nodes.Document html(ZipFile zip, String entry) throws IOException {
        return parse(zip, entry, Parser.htmlParser());
    }

    private static org.jsoup.nodes.Document parse(ZipFile zip, String name, Parser parser) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            return null;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return Jsoup.parse(in, StandardCharsets.UTF_8.name(), "", parser);
        }
    }
}
