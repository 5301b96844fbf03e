package org.sentigrid.text;

/** Receives the units of one source in order, and warnings about it (e.g. a fallback decoding). */
public interface UnitSink {
    void unit(TextUnit unit);

    /** One plain sentence naming the source, e.g. "notes.txt is not valid UTF-8; read as windows-1252". */
    void warning(String message);
}
