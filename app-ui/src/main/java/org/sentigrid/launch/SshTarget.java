package org.sentigrid.launch;

/**
 * Where a worker is launched: {@code USER@HOST[:PORT]} (IPv6 as {@code USER@[ADDR]:PORT}). Its messages name no
 * command-line option: the window's Add machine dialog shows them as they are.
 *
 * @param port the SSH port, 22 unless given
 */
public record SshTarget(String user, String host, int port) {
    public SshTarget {
        if (user == null || user.isBlank() || host == null || host.isBlank()) {
            throw new IllegalArgumentException("the machine is given as USER@HOST[:PORT], for example ann@192.168.1.30");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("the SSH port must be 1 to 65535, not " + port);
        }
    }

    public static SshTarget parse(String text) {
        int at = text.lastIndexOf('@');
        if (at <= 0 || at == text.length() - 1) {
            throw new IllegalArgumentException("the machine is given as USER@HOST[:PORT], for example ann@192.168.1.30, not " + text);
        }
        String user = text.substring(0, at);
        String rest = text.substring(at + 1);
        String host = rest;
        int port = 22;
        if (rest.startsWith("[")) {
            int close = rest.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("an IPv6 address goes in brackets: USER@[ADDR]:PORT, not " + text);
            }
            host = rest.substring(1, close);
            if (rest.length() > close + 1) {
                port = port(rest.substring(close + 1), text);
            }
        } else if (rest.indexOf(':') >= 0 && rest.indexOf(':') == rest.lastIndexOf(':')) {
            host = rest.substring(0, rest.indexOf(':'));
            port = port(rest.substring(rest.indexOf(':')), text);
        }
        return new SshTarget(user, host, port);
    }

    private static int port(String colonPort, String text) {
        try {
            if (!colonPort.startsWith(":")) {
                throw new NumberFormatException();
            }
            return Integer.parseInt(colonPort.substring(1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the SSH port must be a number: USER@HOST:PORT, not " + text);
        }
    }

    @Override
    public String toString() {
        return user + "@" + (host.contains(":") ? "[" + host + "]" : host) + (port == 22 ? "" : ":" + port);
    }
}
