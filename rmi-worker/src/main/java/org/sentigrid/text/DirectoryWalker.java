package org.sentigrid.text;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The text files, documents and spreadsheets under a directory, recursively, sorted by path. Hidden files and directories (names
 * starting with '.') are left out silently; binary files and unreadable directories with a warning.
 */
final class DirectoryWalker {
    private DirectoryWalker() {
    }

    /** @return paths under {@code dir} as given, so their strings are what the user sees */
    static List<Path> textFiles(Path dir, Consumer<String> warnings) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path subdir, BasicFileAttributes attributes) {
                    return !subdir.equals(dir) && isHidden(subdir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (!isHidden(file) && Files.isRegularFile(file)) { // follows a link to a file
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    warnings.accept(file + " cannot be read; skipped.");
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) { // an error while listing a directory ends the walk
            warnings.accept(dir + " could not be read completely; some of its files were skipped.");
        }
        files.sort(null);
        files.removeIf(file -> isBinary(file, warnings));
        return files;
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static boolean isBinary(Path file, Consumer<String> warnings) {
        TextInput.Format format = TextInput.format(file);
        if (format == TextInput.Format.DOCUMENT || format == TextInput.Format.SPREADSHEET) {
            return false;
        }
        try {
            if (CharsetSniffer.looksBinary(file)) {
                warnings.accept(file + " looks like a binary file, not text; skipped.");
                return true;
            }
        } catch (IOException e) {
            // Kept: reading it later reports the problem in full.
        }
        return false;
    }
}
