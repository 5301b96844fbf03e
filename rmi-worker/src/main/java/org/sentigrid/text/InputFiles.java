package org.sentigrid.text;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Checks an input path before reading, and turns I/O failures into plain messages. */
final class InputFiles {
    private InputFiles() {
    }

    /** @param name the file as messages name it */
    static void requireReadableFile(Path file, String name) throws InputProblem {
        if (Files.isDirectory(file)) {
            throw new InputProblem(DirectoryWalker.textFiles(file, warning -> { }).isEmpty()
                    ? name + " is a directory with no text files in it (hidden and binary files are skipped); name a text file or a directory that holds some."
                    : name + " is a directory; name the files in it one by one.");
        }
        if (!Files.exists(file)) {
            throw Files.notExists(file) ? missing(name) : unreadable(name);
        }
        if (!Files.isRegularFile(file)) {
            throw new InputProblem(name + " is not a regular file (a device, pipe or socket); save the text to a file or pipe it to standard input.");
        }
        if (!Files.isReadable(file)) {
            throw unreadable(name);
        }
    }

    static InputProblem problem(String name, IOException e) {
        if (e instanceof AccessDeniedException) {
            return unreadable(name);
        }
        if (e instanceof NoSuchFileException) {
            return missing(name);
        }
        String reason = e.getMessage() == null ? "an input/output error" : e.getMessage();
        return new InputProblem(name + " could not be read (" + reason + "); check the file and try again.", e);
    }

    private static InputProblem missing(String name) {
        return new InputProblem(name + " does not exist; check the path and try again.");
    }

    private static InputProblem unreadable(String name) {
        return new InputProblem(name + " cannot be read (permission denied); check the file's permissions.");
    }
}
