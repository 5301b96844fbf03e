package org.sentigrid.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sentigrid.journal.Payload;
import org.sentigrid.text.Source;

/**
 * What a journaled run of {@code analyze} must share with the run that resumes it: every setting that
 * changes the output, and the inputs (each file's name, size and time of last change, as build tools
 * tell a changed file).
 *
 * @param settings option name to value, in the order messages name them
 */
record JournalIdentity(Map<String, String> settings, List<Input> inputs) {
    private static final int VERSION = 1;

    /** One input as it was: {@code size} and {@code modified} are -1 for one that could not be looked at. */
    record Input(String name, long size, long modified) {
    }

    JournalIdentity {
        settings = new LinkedHashMap<>(settings);
        inputs = List.copyOf(inputs);
    }

    /** This run's identity; reads the lexicon file to tell its content. */
    static JournalIdentity of(AnalyzeSettings run, List<Source> sources) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("--engine", run.engine().id());
        settings.put("--split", run.input().split().id());
        settings.put("--column", Objects.requireNonNullElse(run.input().column(), "(none)"));
        settings.put("--field", Objects.requireNonNullElse(run.input().field(), "(none)"));
        settings.put("--sheet", Objects.requireNonNullElse(run.input().sheet(), "(the first)"));
        settings.put("--keep", run.input().keep().isEmpty() ? "(none)" : String.join(",", run.input().keep()));
        settings.put("--format", run.format().id());
        settings.put("--threshold", Double.toString(run.threshold()));
        settings.put("--explain", run.explain() ? "on" : "off");
        settings.put("--lexicon", run.lexicon() == null ? "(none)" : "a file with SHA-256 " + sha256(run.lexicon()));
        List<Input> inputs = new ArrayList<>();
        for (Source source : sources) {
            inputs.add(input(source));
        }
        return new JournalIdentity(settings, inputs);
    }

    private static Input input(Source source) {
        if (source.path() == null) {
            return new Input(source.name(), -1, -1);
        }
        try {
            BasicFileAttributes attributes = Files.readAttributes(source.path(), BasicFileAttributes.class);
            return new Input(source.name(), attributes.size(), attributes.lastModifiedTime().toMillis());
        } catch (IOException e) {
            return new Input(source.name(), -1, -1);
        }
    }

    /** What differs from {@code now}, in words, or null when nothing does. */
    String differenceFrom(JournalIdentity now) {
        for (Map.Entry<String, String> setting : settings.entrySet()) {
            String value = now.settings.get(setting.getKey());
            if (!setting.getValue().equals(value)) {
                return "it was written with " + setting.getKey() + " " + setting.getValue() + ", this run has "
                        + (value == null ? "none" : value);
            }
        }
        List<String> before = inputs.stream().map(Input::name).toList();
        List<String> after = now.inputs.stream().map(Input::name).toList();
        if (!before.equals(after)) {
            return "it was written for the inputs " + names(before) + ", this run reads " + names(after);
        }
        for (int i = 0; i < inputs.size(); i++) {
            Input was = inputs.get(i);
            Input is = now.inputs.get(i);
            if (was.size != is.size) {
                return was.name + " changed since (" + was.size + " bytes then, " + is.size + " now)";
            }
            if (was.modified != is.modified) {
                return was.name + " changed since (its time of last change is not the same)";
            }
        }
        return null;
    }

    private static String names(List<String> names) {
        int shown = Math.min(names.size(), 5);
        String list = String.join(", ", names.subList(0, shown));
        return names.size() > shown ? list + " and " + (names.size() - shown) + " more" : list;
    }

    Payload.Writer write(Payload.Writer to) {
        to.putInt(VERSION).putInt(settings.size());
        settings.forEach((name, value) -> to.putString(name).putString(value));
        to.putInt(inputs.size());
        inputs.forEach(input -> to.putString(input.name).putLong(input.size).putLong(input.modified));
        return to;
    }

    static JournalIdentity read(Payload.Reader from) throws IOException {
        int version = from.getInt();
        if (version != VERSION) {
            throw new IOException("a journal of version " + version + ", this Sentigrid reads version " + VERSION);
        }
        Map<String, String> settings = new LinkedHashMap<>();
        for (int i = from.getInt(); i > 0; i--) {
            settings.put(from.getString(), from.getString());
        }
        List<Input> inputs = new ArrayList<>();
        for (int i = from.getInt(); i > 0; i--) {
            inputs.add(new Input(from.getString(), from.getLong(), from.getLong()));
        }
        return new JournalIdentity(settings, inputs);
    }

    private static String sha256(Path file) {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            return "(unreadable)"; // reading it for the analyzer reports the problem
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
