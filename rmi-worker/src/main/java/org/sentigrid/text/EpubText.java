package org.sentigrid.text;

import java.io.IOException;
import java.net.URI;
import java.util.zip.ZipFile;
import org.jsoup.nodes.Element;

/**
 * An EPUB book's text: its chapters (the XHTML files of the package's spine) in reading order, each read
 * as HTML is. Metadata from the package document (dc:title, dc:creator, dc:date).
 */
final class EpubText {
    private EpubText() {
    }

    /** @return null when the zip is no EPUB (no container.xml naming a package document) */
    static Document read(ZipFile zip) throws IOException {
        org.jsoup.nodes.Document container = ZipEntries.xml(zip, "META-INF/container.xml");
        Element rootfile = container == null ? null : container.selectFirst("rootfile[full-path]");
        org.jsoup.nodes.Document opf = rootfile == null ? null : ZipEntries.xml(zip, rootfile.attr("full-path"));
        if (opf == null) {
            return null;
        }
        URI base = URI.create("/" + rootfile.attr("full-path"));
        Paragraphs paragraphs = new Paragraphs();
        for (Element itemref : opf.select("spine > itemref")) {
            Element item = opf.select("manifest > item").stream()
                    .filter(candidate -> candidate.attr("id").equals(itemref.attr("idref"))).findFirst().orElse(null);
            if (item == null) {
                continue;
            }
            String entry = base.resolve(item.attr("href")).getPath().substring(1);
            org.jsoup.nodes.Document chapter = ZipEntries.html(zip, entry);
            if (chapter != null) {
                HtmlText.blocks(chapter.body(), paragraphs);
                paragraphs.end();
            }
        }
        return new Document(paragraphs.text(), text(opf, "dc|title"), text(opf, "dc|creator"), text(opf, "dc|date"));
    }

    private static String text(org.jsoup.nodes.Document opf, String selector) {
        Element element = opf.selectFirst(selector);
        return element == null ? null : Document.value(element.text());
    }
}
