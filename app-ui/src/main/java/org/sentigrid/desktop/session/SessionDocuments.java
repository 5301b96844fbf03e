package org.sentigrid.desktop.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sentigrid.desktop.analysis.DocumentInput;
import org.sentigrid.session.SessionDocument;
import org.sentigrid.text.Source;

/** Documents as a job reads them and as a session keeps them (a file with its size and time, read here: in the background). */
final class SessionDocuments {
    private SessionDocuments() {
    }

    static List<SessionDocument> of(List<DocumentInput> documents) throws IOException {
        List<SessionDocument> kept = new ArrayList<>(documents.size());
        for (DocumentInput document : documents) {
            kept.add(of(document));
        }
        return kept;
    }

    static SessionDocument of(DocumentInput document) throws IOException {
        if (document.text() != null) {
            return SessionDocument.text(document.name(), document.text());
        }
        Path path = document.file().path();
        if (path == null) {
            throw new IOException(document.name() + " is not a file on this system");
        }
        return SessionDocument.file(document.name(), path, document.column(), document.field(), document.sheet());
    }

    static List<DocumentInput> inputs(List<SessionDocument> documents) {
        return documents.stream().map(SessionDocuments::input).toList();
    }

    static DocumentInput input(SessionDocument document) {
        return document.isText() ? DocumentInput.text(document.name(), document.text())
                : new DocumentInput(document.name(), null, new Source(document.path(), Path.of(document.path())),
                        document.column(), document.field(), document.sheet());
    }

    /** Why some files are no longer what was analyzed, in one sentence; null when all are the same. */
    static String changed(List<SessionDocument> documents) {
        List<String> reasons = documents.stream().map(SessionDocument::changed).filter(r -> r != null).toList();
        if (reasons.isEmpty()) {
            return null;
        }
        return reasons.size() <= 2 ? String.join("; ", reasons)
                : reasons.get(0) + ", and " + (reasons.size() - 1) + " other files have changed too";
    }
}
