package org.sentigrid.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Standard input can be read only once, so it is copied to a temporary file, read like any file, then deleted. */
final class StdinSpool {
    static final String NAME = "standard input";

    interface FileConsumer {
        void read(Path file) throws InputProblem;
    }

    private StdinSpool() {
    }

    static void read(InputStream stdin, FileConsumer reader) throws InputProblem {
        Path spool = null;
        try {
            spool = Files.createTempFile("sentigrid-stdin-", ".txt");
            try (OutputStream out = Files.newOutputStream(spool)) {
                stdin.transferTo(out);
            }
        } catch (IOException e) {
            delete(spool);
            throw new InputProblem(NAME + " could not be saved to a temporary file (" + e.getMessage()
                    + "); free some disk space or give Sentigrid a file instead.", e);
        }
        try {
            reader.read(spool);
        } finally {
            delete(spool);
        }
    }

    private static void delete(Path spool) {
        if (spool == null) {
            return;
        }
        try {
            Files.deleteIfExists(spool);
        } catch (IOException e) {
            spool.toFile().deleteOnExit(); // last resort; the units were read, so this is no reason to fail
        }
    }
}
