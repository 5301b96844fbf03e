package org.sentigrid.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Every label that names a control ({@code labelFor="$id"}) names one the FXML loader already knows
 * when it reaches the label: one defined earlier in the file. A control defined later leaves the label
 * linked to nothing, so its mnemonic (Alt+letter) does nothing and a screen reader does not name the
 * control, silently. And within a view no two controls share an Alt+letter (only one of them would
 * answer). Read from the FXML files as XML: no scene is needed.
 */
class FxmlLabelsTest {
    private static final Path VIEWS = Path.of("src/main/resources/org/sentigrid/desktop");

    @Test
    void everyLabelNamesAControlDefinedBeforeIt() throws Exception {
        List<Path> files = views();
        List<String> unlinked = new ArrayList<>();
        int labels = 0;
        for (Path file : files) {
            Set<String> defined = new HashSet<>();
            List<String> problems = new ArrayList<>();
            labels += walk(read(file).getDocumentElement(), defined, problems);
            problems.forEach(p -> unlinked.add(VIEWS.relativize(file) + ": " + p));
        }
        assertThat(labels).as("labels with labelFor").isPositive();
        assertThat(unlinked).as("labels naming a control defined after them, or not at all").isEmpty();
    }

    /** Within one view (a tab's content, or a dialog), no two controls answer to the same Alt+letter. */
    @Test
    void noTwoControlsOfAViewShareAMnemonic() throws Exception {
        List<String> shared = new ArrayList<>();
        for (Path file : views()) {
            Map<Character, List<String>> byLetter = new TreeMap<>();
            mnemonics(read(file).getDocumentElement(), byLetter);
            byLetter.forEach((letter, texts) -> {
                if (texts.size() > 1) {
                    shared.add(VIEWS.relativize(file) + ": Alt+" + letter + " for " + texts);
                }
            });
        }
        assertThat(shared).isEmpty();
    }

    private static void mnemonics(Element element, Map<Character, List<String>> byLetter) {
        String text = element.getAttribute("text");
        int mark = text.indexOf('_');
        if ("true".equals(element.getAttribute("mnemonicParsing")) && mark >= 0 && mark + 1 < text.length()) {
            byLetter.computeIfAbsent(Character.toUpperCase(text.charAt(mark + 1)), k -> new ArrayList<>()).add(text);
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                mnemonics(e, byLetter);
            }
        }
    }

    private static List<Path> views() throws IOException {
        List<Path> files;
        try (Stream<Path> found = Files.walk(VIEWS)) {
            files = found.filter(p -> p.toString().endsWith(".fxml")).sorted().toList();
        }
        assertThat(files).as("FXML files under " + VIEWS.toAbsolutePath()).isNotEmpty();
        return files;
    }

    /** Visits elements in document order; returns how many labels it checked. */
    private static int walk(Element element, Set<String> defined, List<String> problems) {
        int labels = 0;
        String target = element.getAttribute("labelFor");
        if (target.startsWith("$")) {
            labels++;
            if (!defined.contains(target.substring(1))) {
                problems.add("\"" + element.getAttribute("text") + "\" names " + target.substring(1));
            }
        }
        String id = element.getAttribute("fx:id");
        if (!id.isEmpty()) {
            defined.add(id);
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                labels += walk(e, defined, problems);
            }
        }
        return labels;
    }

    private static org.w3c.dom.Document read(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        } catch (IOException e) {
            throw new IOException("cannot read " + file, e);
        }
    }
}
