package org.sentigrid.launch;

import com.jcraft.jsch.HostKey;
import com.jcraft.jsch.HostKeyRepository;
import com.jcraft.jsch.UserInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The host keys SSH accepts: those in the user's known_hosts file, and one key the user names by its
 * fingerprint ({@code --accept-host-key SHA256:...}), which is then added to that file. Any other key is
 * refused; the fingerprint it had is kept, to tell the user.
 */
final class HostKeys implements HostKeyRepository {
    private final HostKeyRepository known;
    private final Path knownHostsFile;
    private final String accepted;
    private String presented;
    private int verdict = OK;

    HostKeys(HostKeyRepository known, Path knownHostsFile, String accepted) {
        this.known = known;
        this.knownHostsFile = knownHostsFile;
        this.accepted = accepted;
    }

    /** The key's fingerprint as OpenSSH shows it: {@code SHA256:} and the base64 of its SHA-256, without padding. */
    static String fingerprint(byte[] key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key);
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    @Override
    public int check(String host, byte[] key) {
        presented = fingerprint(key);
        verdict = known.check(host, key);
        if (verdict == NOT_INCLUDED && presented.equals(accepted)) {
            verdict = OK;
            try {
                String type = new HostKey(host, key).getType();
                Files.writeString(knownHostsFile, host + " " + type + " " + Base64.getEncoder().encodeToString(key) + "\n",
                        StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException | com.jcraft.jsch.JSchException e) {
                // Accepted for this connection all the same; the next one asks again.
            }
        }
        return verdict;
    }

    /** The fingerprint of the key the host presented, and whether it was unknown or changed (after a refusal). */
    String presented() {
        return presented;
    }

    boolean changed() {
        return verdict == CHANGED;
    }

    @Override
    public void add(HostKey hostkey, UserInfo ui) {
        known.add(hostkey, ui);
    }

    @Override
    public void remove(String host, String type) {
        known.remove(host, type);
    }

    @Override
    public void remove(String host, String type, byte[] key) {
        known.remove(host, type, key);
    }

    @Override
    public String getKnownHostsRepositoryID() {
        return known.getKnownHostsRepositoryID();
    }

    @Override
    public HostKey[] getHostKey() {
        return known.getHostKey();
    }

    @Override
    public HostKey[] getHostKey(String host, String type) {
        return known.getHostKey(host, type);
    }
}
