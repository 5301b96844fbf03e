package org.sentigrid.session;

import java.util.List;
import java.util.Objects;

/** What a session or a job journal begins with: the settings and the documents. */
public record SessionHeader(SessionSettings settings, List<SessionDocument> documents) {
    public SessionHeader {
        Objects.requireNonNull(settings, "settings");
        documents = List.copyOf(documents);
    }
}
