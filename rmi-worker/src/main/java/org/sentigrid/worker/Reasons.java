package org.sentigrid.worker;

import java.io.EOFException;
import java.io.InvalidClassException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.rmi.ConnectIOException;
import java.rmi.NoSuchObjectException;
import java.rmi.ServerError;
import java.rmi.ServerException;
import java.util.Locale;

/** Plain one-line descriptions of what went wrong, for people: no class names where a phrase will do. */
final class Reasons {
    private static final int MAX_LINE = 300;

    private Reasons() {
    }

    /**
     * Why a call to the coordinator failed, as a short phrase: "connection refused", "connection timed
     * out", "unknown host", and so on.
     */
    static String connection(Throwable problem) {
        for (Throwable t = problem; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException) {
                return "unknown host";
            }
            if (t instanceof NoRouteToHostException) {
                return "no route to host";
            }
            if (t instanceof SocketTimeoutException) {
                String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
                return message.contains("connect") ? "connection timed out" : "no reply in time";
            }
            if (t instanceof java.net.ConnectException) {
                String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
                return message.contains("refused") ? "connection refused" : lowerFirst(oneLine(t.getMessage()));
            }
            if (t instanceof NoSuchObjectException) {
                return "the coordinator stopped or restarted";
            }
            if (t instanceof InvalidClassException) {
                return "it sent data this worker does not accept";
            }
            if (t instanceof ConnectIOException && String.valueOf(t.getMessage()).contains("non-JRMP")) {
                return "something other than a Sentigrid coordinator answers there";
            }
            if (t instanceof ServerError || t instanceof ServerException) {
                Throwable cause = t.getCause() == null ? t : t.getCause();
                return "the coordinator failed: " + describe(cause);
            }
            if (t instanceof EOFException) {
                return "connection closed";
            }
            if (t instanceof SocketException && t.getMessage() != null) {
                return lowerFirst(oneLine(t.getMessage()));
            }
        }
        Throwable deepest = problem;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        return deepest.getMessage() == null ? describe(deepest) : lowerFirst(oneLine(deepest.getMessage()));
    }

    /** A throwable as "Name: message" on one line, for reasons sent to the coordinator and debug logs. */
    static String describe(Throwable t) {
        String name = t.getClass().getSimpleName();
        return t.getMessage() == null ? name : name + ": " + oneLine(t.getMessage());
    }

    /**
     * Text from elsewhere (the coordinator, the user) made safe for one terminal line: control characters
     * become spaces and it is cut at a few hundred characters.
     */
    static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder line = new StringBuilder(Math.min(text.length(), MAX_LINE + 1));
        boolean space = false;
        for (int i = 0; i < text.length() && line.length() < MAX_LINE; i++) {
            char c = text.charAt(i);
            boolean control = Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                    || Character.isWhitespace(c);
            if (control) {
                if (!space && line.length() > 0) {
                    line.append(' ');
                }
                space = true;
            } else {
                line.append(c);
                space = false;
            }
        }
        String result = line.toString().strip();
        return text.length() > MAX_LINE && result.length() >= MAX_LINE - 1 ? result + "…" : result;
    }

    private static String lowerFirst(String text) {
        if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && !Character.isUpperCase(text.charAt(1))) {
            return Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
        return text;
    }
}
