package org.sentigrid.text;

import java.io.IOException;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * An HTML page's text (jsoup), as a browser lays it out: each block (paragraph, heading, list item, table
 * cell, ...) a paragraph, {@code <br>} a line break, runs of whitespace one space; scripts and styles left out.
 */
final class HtmlText {
    private HtmlText() {
    }

    static Document read(Path file) throws IOException {
        org.jsoup.nodes.Document html = Jsoup.parse(file.toFile()); // the charset from a BOM or <meta>, else UTF-8
        Paragraphs paragraphs = new Paragraphs();
        blocks(html.body(), paragraphs);
        return new Document(paragraphs.text(), Document.value(html.title()), Document.value(meta(html, "author")),
                Document.value(meta(html, "dcterms.created") != null ? meta(html, "dcterms.created") : meta(html, "date")));
    }

    /** The text under {@code root}, block by block. */
    static void blocks(Element root, Paragraphs paragraphs) {
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    paragraphs.appendCollapsed(text.getWholeText());
                } else if (node instanceof Element element) {
                    if (element.nameIs("br")) {
                        paragraphs.lineBreak();
                    } else if (element.isBlock()) {
                        paragraphs.end();
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element element && element.isBlock()) {
                    paragraphs.end();
                }
                return FilterResult.CONTINUE;
            }
        }, root);
    }

    private static String meta(org.jsoup.nodes.Document html, String name) {
        Element meta = html.selectFirst("meta[name=" + name + "]");
        return meta == null ? null : meta.attr("content");
    }
}
