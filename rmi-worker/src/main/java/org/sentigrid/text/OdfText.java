package org.sentigrid.text;

import java.io.IOException;
import java.util.zip.ZipFile;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * An OpenDocument text's (.odt) text, from its content.xml: each paragraph and heading a paragraph, line
 * breaks, tabs and runs of spaces as written; comments left out. Metadata from meta.xml.
 */
final class OdfText {
    private OdfText() {
    }

    /** @return null when the zip has no content.xml (it is no OpenDocument) */
    static Document read(ZipFile zip) throws IOException {
        org.jsoup.nodes.Document content = ZipEntries.xml(zip, "content.xml");
        if (content == null) {
            return null;
        }
        Paragraphs paragraphs = new Paragraphs();
        Element body = content.selectFirst("office|body");
        if (body != null) {
            NodeTraversor.filter(new Visitor(paragraphs), body);
        }
        org.jsoup.nodes.Document meta = ZipEntries.xml(zip, "meta.xml");
        if (meta == null) {
            return new Document(paragraphs.text(), null, null, null);
        }
        String author = text(meta, "meta|initial-creator");
        return new Document(paragraphs.text(), text(meta, "dc|title"), author != null ? author : text(meta, "dc|creator"),
                text(meta, "meta|creation-date"));
    }

    private static String text(org.jsoup.nodes.Document xml, String selector) {
        Element element = xml.selectFirst(selector);
        return element == null ? null : Document.value(element.text());
    }

    private record Visitor(Paragraphs paragraphs) implements NodeFilter {
        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                paragraphs.appendCollapsed(text.getWholeText());
                return FilterResult.CONTINUE;
            }
            switch (node.nodeName()) {
                case "office:annotation", "text:note-citation" -> {
                    return FilterResult.SKIP_ENTIRELY;
                }
                case "text:p", "text:h" -> paragraphs.end();
                case "text:line-break" -> paragraphs.lineBreak();
                case "text:tab" -> paragraphs.append("\t");
                case "text:s" -> paragraphs.append(" ".repeat(Math.max(1, parse(node.attr("text:c")))));
                default -> { }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node.nodeName().equals("text:p") || node.nodeName().equals("text:h")) {
                paragraphs.end();
            }
            return FilterResult.CONTINUE;
        }

        private static int parse(String count) {
            try {
                return Math.min(1000, Integer.parseInt(count));
            } catch (NumberFormatException e) {
                return 1;
            }
        }
    }
}
