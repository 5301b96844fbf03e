package org.sentigrid.launch;

import com.jcraft.jsch.ChannelExec;
import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import com.jcraft.jsch.SftpException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Sentigrid worker on another machine, reached over SSH: checks that the machine has Java 17 or newer,
 * copies the worker jar into a folder there (once: a copy with the same SHA-256 is kept), starts the
 * worker detached from the SSH session (its process id and log in that folder), and stops it or reads
 * its log later. The host's key must be in known_hosts or named by the user; nothing is stored but that.
 */
public final class RemoteWorker implements AutoCloseable {
    /** The folder on the remote machine, relative to the user's home, unless another is given. */
    public static final String DEFAULT_FOLDER = ".sentigrid-worker";
    private static final String JAR = "sentigrid-worker.jar";
    private static final int CONNECT_MILLIS = 10_000;
    private static final long COMMAND_MILLIS = 30_000;
    private static final Pattern JAVA_VERSION = Pattern.compile("version \"(\\d+)(?:\\.(\\d+))?");

    private final SshTarget target;
    private final Session session;
    private final String folder;

    private RemoteWorker(SshTarget target, Session session, String folder) {
        this.target = target;
        this.session = session;
        this.folder = folder;
    }

    /**
     * Connects to {@code target} as its user with the private key {@code identity}, accepting the host's
     * key if {@code knownHosts} has it or its fingerprint is {@code acceptHostKey} (which may be null).
     */
    public static RemoteWorker connect(SshTarget target, Path identity, Path knownHosts, String acceptHostKey, String folder)
            throws LaunchFailed {
        return connect(target, identity, null, knownHosts, acceptHostKey, folder);
    }

    /**
     * The same with a private key or a password ({@code identity} or {@code password} null); the password is
     * used for this connection only and kept nowhere.
     */
    public static RemoteWorker connect(SshTarget target, Path identity, char[] password, Path knownHosts,
                                       String acceptHostKey, String folder) throws LaunchFailed {
        JSch jsch = new JSch();
        if (identity != null) {
            try {
                jsch.addIdentity(identity.toString());
            } catch (JSchException e) {
                throw new LaunchFailed("cannot use the private key " + identity + " (" + reason(e)
                        + "); give the file of a private key without a passphrase, for example ~/.ssh/id_ed25519");
            }
        }
        HostKeys hostKeys;
        try {
            if (Files.exists(knownHosts)) {
                jsch.setKnownHosts(knownHosts.toString());
            }
            hostKeys = new HostKeys(jsch.getHostKeyRepository(), knownHosts, acceptHostKey);
            jsch.setHostKeyRepository(hostKeys);
        } catch (JSchException e) {
            throw new LaunchFailed("cannot read the known hosts file " + knownHosts + " (" + reason(e) + ")");
        }
        Session session;
        try {
            session = jsch.getSession(target.user(), target.host(), target.port());
            session.setConfig("StrictHostKeyChecking", "yes");
            if (password != null) {
                session.setPassword(new String(password));
                session.setConfig("PreferredAuthentications", identity != null ? "publickey,password" : "password");
            } else {
                session.setConfig("PreferredAuthentications", "publickey");
            }
            session.connect(CONNECT_MILLIS);
        } catch (JSchException e) {
            throw connectProblem(target, identity, knownHosts, hostKeys, e);
        }
        return new RemoteWorker(target, session, folder == null ? DEFAULT_FOLDER : folder);
    }

    private static LaunchFailed connectProblem(SshTarget target, Path identity, Path knownHosts, HostKeys hostKeys, JSchException e) {
        String message = String.valueOf(e.getMessage());
        if (hostKeys.presented() != null && (message.contains("HostKey") || message.contains("host key"))) {
            if (hostKeys.changed()) {
                return new LaunchFailed("the host key of " + target.host() + " has CHANGED since it was saved in " + knownHosts
                        + " (it is now " + hostKeys.presented() + "); someone may be impersonating the machine: check it"
                        + " before you remove the old key");
            }
            return new UnknownHostKey("the host key of " + target.host() + " is not in " + knownHosts + "; it presented "
                    + hostKeys.presented() + ". If that is the machine's key (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub"
                    + " on it shows it), run again with --accept-host-key " + hostKeys.presented(), hostKeys.presented());
        }
        if (message.contains("Auth fail") || message.contains("Auth cancel")) {
            return new LaunchFailed(target + " did not accept " + (identity != null ? "the key " + identity : "the password")
                    + (identity != null ? "; add its public key to ~/.ssh/authorized_keys of " + target.user() + " on " + target.host()
                    : "; check the user name and the password"));
        }
        return new LaunchFailed("cannot reach " + target.host() + " port " + target.port() + " over SSH (" + reason(e)
                + "); check the address and that an SSH server runs there");
    }

    /** Fails unless the machine runs Java 17 or newer as {@code java}. Returns the version line. */
    public String checkJava() throws LaunchFailed {
        Result result = exec("java -version 2>&1");
        Matcher version = JAVA_VERSION.matcher(result.out());
        if (result.exit() != 0 || !version.find()) {
            throw new LaunchFailed(target.host() + " has no java command (" + firstLine(result.out())
                    + "); install Java 17 or newer there, for example: sudo apt install openjdk-17-jre-headless");
        }
        int major = Integer.parseInt(version.group(1));
        if (major == 1 && version.group(2) != null) {
            major = Integer.parseInt(version.group(2)); // 1.8 is Java 8
        }
        if (major < 17) {
            throw new LaunchFailed(target.host() + " has Java " + major + "; the worker needs Java 17 or newer: install it"
                    + " there, for example: sudo apt install openjdk-17-jre-headless");
        }
        return firstLine(result.out());
    }

    /** Copies the worker jar into the folder, unless a copy with the same content is there. Returns whether it copied. */
    public boolean install(Path workerJar) throws LaunchFailed {
        String local = sha256(workerJar);
        Result there = exec("mkdir -p " + quote(folder) + " && cd " + quote(folder)
                + " && (sha256sum " + JAR + " 2>/dev/null || true)");
        if (there.exit() != 0) {
            throw new LaunchFailed("cannot make the folder " + folder + " on " + target.host() + ": " + firstLine(there.err()));
        }
        if (there.out().startsWith(local)) {
            return false;
        }
        try {
            ChannelSftp sftp = (ChannelSftp) session.openChannel("sftp");
            sftp.connect(CONNECT_MILLIS);
            try {
                sftp.put(workerJar.toString(), folder + "/" + JAR + ".part");
                sftp.rename(folder + "/" + JAR + ".part", folder + "/" + JAR);
            } finally {
                sftp.disconnect();
            }
        } catch (JSchException | SftpException e) {
            // A rename over an existing file fails on some servers: replace it in a shell instead.
            Result moved = exec("cd " + quote(folder) + " && mv -f " + JAR + ".part " + JAR);
            if (moved.exit() != 0) {
                throw new LaunchFailed("cannot copy the worker to " + target.host() + ":" + folder + " (" + reason(e) + ")");
            }
        }
        return true;
    }

    /**
     * Starts the worker detached, with {@code arguments} (how to join, threads, name) and {@code secrets}
     * (the join code or token, as environment variables); returns its process id. Fails when one this folder
     * started is still running. The secrets travel on the SSH channel's standard input, read by the remote
     * shell's {@code read} (a built-in): the command line that sshd hands the login shell, which every user
     * of that machine can see while it runs, holds only their names.
     */
    public long start(List<String> arguments, Map<String, String> secrets) throws LaunchFailed {
        StringBuilder input = new StringBuilder();
        secrets.values().forEach(value -> {
            if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("a join code or token is one line");
            }
            input.append(value).append('\n');
        });
        Result started = exec(startCommand(folder, arguments, secrets.keySet()), input.toString());
        if (started.exit() == SCRIPT_ALREADY_RUNNING) {
            throw new LaunchFailed("a worker launched into " + folder + " is already running on " + target.host()
                    + "; stop it first (sentigrid launch --stop)");
        }
        if (started.exit() == SCRIPT_NO_SECRET) {
            throw new LaunchFailed("the shell on " + target.host() + " did not read the join code from the SSH connection");
        }
        try {
            return Long.parseLong(started.out().strip());
        } catch (NumberFormatException e) {
            throw new LaunchFailed("the worker did not start on " + target.host() + ": " + firstLine(started.err()));
        }
    }

    /**
     * The statuses of the start script itself (not a Sentigrid process's, which ExitStatus defines: the worker is
     * started in the background): a worker of this folder runs already, or a secret did not arrive on its input.
     */
    private static final int SCRIPT_ALREADY_RUNNING = 3;
    private static final int SCRIPT_NO_SECRET = 5;

    /** The remote shell command that starts the worker, reading the values of {@code secretNames} from its input. */
    static String startCommand(String folder, List<String> arguments, Iterable<String> secretNames) {
        StringBuilder command = new StringBuilder("cd ").append(quote(folder))
                .append(" && if [ -f worker.pid ] && kill -0 \"$(cat worker.pid)\" 2>/dev/null; then echo running; exit " + SCRIPT_ALREADY_RUNNING + "; fi; ");
        for (String name : secretNames) {
            if (!name.matches("[A-Z_][A-Z0-9_]*")) {
                throw new IllegalArgumentException("not an environment variable's name: " + name);
            }
            // Read here, not inside the background list below: a background list's input is /dev/null.
            command.append("IFS= read -r ").append(name).append(" || exit " + SCRIPT_NO_SECRET + "; export ").append(name).append("; ");
        }
        command.append("nohup java -jar ").append(JAR);
        arguments.forEach(argument -> command.append(' ').append(quote(argument)));
        command.append(" > worker.log 2>&1 < /dev/null & echo $! > worker.pid; cat worker.pid");
        return command.toString();
    }

    /** How a started worker fared: it joined, it stopped first, or it still runs without having joined. */
    public enum Joining { JOINED, STOPPED, NOT_YET }

    /** Waits up to {@code millis} for the worker this folder started to join its coordinator (as its log says). */
    public Joining awaitJoin(long millis) throws LaunchFailed {
        long deadline = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < deadline) {
            if (log(20).contains("joined the coordinator")) {
                return Joining.JOINED;
            }
            if (!isRunning()) {
                return Joining.STOPPED;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return Joining.NOT_YET;
    }

    /** Whether the worker this folder started runs. */
    public boolean isRunning() throws LaunchFailed {
        return exec("cd " + quote(folder) + " && kill -0 \"$(cat worker.pid)\" 2>/dev/null").exit() == 0;
    }

    /**
     * Stops the worker this folder started: SIGTERM, so it finishes or hands back its batches, then SIGKILL
     * after 10 seconds. Returns false when none was running.
     */
    public boolean stop() throws LaunchFailed {
        Result stopped = exec("cd " + quote(folder) + " 2>/dev/null && [ -f worker.pid ] || exit 4; pid=$(cat worker.pid);"
                + " kill \"$pid\" 2>/dev/null || { rm -f worker.pid; exit 4; };"
                + " for i in $(seq 50); do kill -0 \"$pid\" 2>/dev/null || { rm -f worker.pid; exit 0; }; sleep 0.2; done;"
                + " kill -9 \"$pid\"; rm -f worker.pid");
        return stopped.exit() == 0;
    }

    /** The last {@code lines} lines of the worker's log. */
    public String log(int lines) throws LaunchFailed {
        return exec("tail -n " + lines + " " + quote(folder) + "/worker.log 2>/dev/null").out();
    }

    @Override
    public void close() {
        session.disconnect();
    }

    /** What a remote command printed and its exit status. */
    record Result(int exit, String out, String err) {
    }

    Result exec(String command) throws LaunchFailed {
        return exec(command, "");
    }

    /** Runs {@code command} there with {@code input} on its standard input. */
    Result exec(String command, String input) throws LaunchFailed {
        try {
            ChannelExec channel = (ChannelExec) session.openChannel("exec");
            channel.setCommand(command);
            channel.setInputStream(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            channel.setErrStream(err);
            InputStream in = channel.getInputStream();
            channel.connect(CONNECT_MILLIS);
            byte[] out = in.readAllBytes();
            long deadline = System.currentTimeMillis() + COMMAND_MILLIS;
            while (!channel.isClosed() && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            int exit = channel.getExitStatus();
            channel.disconnect();
            return new Result(exit, new String(out, StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } catch (JSchException | IOException e) {
            throw new LaunchFailed("lost the SSH connection to " + target.host() + " (" + reason(e) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchFailed("interrupted while talking to " + target.host());
        }
    }

    /** {@code value} as one word for a POSIX shell. */
    static String quote(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }

    private static String sha256(Path file) throws LaunchFailed {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw new LaunchFailed("cannot read the worker jar " + file + " (" + reason(e) + "); build it with ./mvnw package"
                    + " or give it with --worker-jar");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static String firstLine(String text) {
        String line = text.strip();
        int newline = line.indexOf('\n');
        return newline < 0 ? line : line.substring(0, newline);
    }

    private static String reason(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : firstLine(e.getMessage());
    }
}
