package org.sentigrid.grid.tls;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.sentigrid.api.grid.tls.CertificateFingerprint;

/**
 * The coordinator's own key pair and self-signed certificate (EC secp256r1), made with the JDK's
 * {@code keytool} on first use and kept in the user's configuration directory, owner-only: a PKCS12
 * key store and, beside it, its random password. Never in the repository.
 *
 * @param context     a TLS 1.3 server context with that key
 * @param fingerprint the certificate's fingerprint, which workers pin
 * @param directory   where the key store is
 */
public record CoordinatorKeys(SSLContext context, CertificateFingerprint fingerprint, Path directory) {
    /** Overrides the configuration directory (tests). */
    public static final String DIRECTORY_PROPERTY = "sentigrid.configDir";
    static final String KEY_STORE = "coordinator.p12";
    static final String PASSWORD = "coordinator.pass";
    private static final String ALIAS = "coordinator";
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    /** The key could not be made or read; the message is one plain sentence. */
    public static final class Unavailable extends IOException {
        private static final long serialVersionUID = 1L;

        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** {@code sentigrid.configDir}, else {@code $XDG_CONFIG_HOME/sentigrid}, else {@code ~/.config/sentigrid}. */
    public static Path defaultDirectory() {
        String property = System.getProperty(DIRECTORY_PROPERTY);
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("sentigrid");
    }

    /** Loads the key from {@code directory}, making it first when there is none. */
    public static CoordinatorKeys loadOrCreate(Path directory) throws IOException {
        try {
            createPrivateDirectory(directory);
            Path lockPath = directory.resolve("coordinator.lock");
            if (POSIX && !Files.exists(lockPath)) {
                try {
                    Files.createFile(lockPath, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                } catch (java.nio.file.FileAlreadyExistsException madeMeanwhile) {
                    // Another coordinator starting at the same moment; its lock serves.
                }
            }
            try (FileChannel lockFile = FileChannel.open(lockPath, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = lockFile.lock()) {
                if (!Files.exists(directory.resolve(KEY_STORE))) {
                    create(directory);
                }
            }
            return load(directory);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new Unavailable("cannot make or read the coordinator's TLS key in " + directory + " ("
                    + why(e) + "); set XDG_CONFIG_HOME to a directory of yours, or listen on loopback only", e);
        }
    }

    private static String why(Exception e) {
        if (e instanceof java.nio.file.FileSystemException problem) {
            String reason = problem.getReason() != null ? problem.getReason().toLowerCase(java.util.Locale.ROOT)
                    : e instanceof java.nio.file.FileAlreadyExistsException ? "a file is in the way"
                    : e instanceof java.nio.file.AccessDeniedException ? "permission denied" : "cannot write there";
            return problem.getFile() + ": " + reason;
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static CoordinatorKeys load(Path directory) throws IOException, GeneralSecurityException {
        char[] password = Files.readString(directory.resolve(PASSWORD), StandardCharsets.US_ASCII).strip().toCharArray();
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(directory.resolve(KEY_STORE))) {
            store.load(in, password);
        }
        Certificate certificate = store.getCertificate(ALIAS);
        if (certificate == null) {
            throw new GeneralSecurityException("the key store holds no '" + ALIAS + "' certificate");
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, password);
        SSLContext context = SSLContext.getInstance("TLSv1.3");
        context.init(keys.getKeyManagers(), null, null);
        return new CoordinatorKeys(context, CertificateFingerprint.of(certificate), directory);
    }

    /** keytool writes a temporary store in the private directory; it is made owner-only, then moved in place. */
    private static void create(Path directory) throws IOException {
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        String password = HexFormat.of().formatHex(secret);
        Path passwordFile = directory.resolve(PASSWORD);
        Files.deleteIfExists(passwordFile);
        if (POSIX) {
            Files.createFile(passwordFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.writeString(passwordFile, password + "\n", StandardCharsets.US_ASCII);
        Path temporary = directory.resolve(KEY_STORE + ".new");
        Files.deleteIfExists(temporary);
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(keytool, "-genkeypair", "-alias", ALIAS,
                "-keyalg", "EC", "-groupname", "secp256r1", "-sigalg", "SHA256withECDSA", "-validity", "36500",
                "-dname", "CN=Sentigrid coordinator", "-storetype", "PKCS12", "-keystore", temporary.toString(),
                "-storepass:env", "SENTIGRID_KEY_PASSWORD")).redirectErrorStream(true);
        builder.environment().put("SENTIGRID_KEY_PASSWORD", password);
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0 || !Files.exists(temporary)) {
                process.destroyForcibly();
                throw new IOException("keytool failed" + (output.isEmpty() ? "" : ": " + output.lines().findFirst().orElse("")));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted while keytool made the key");
        }
        ownerOnly(temporary, "rw-------");
        Files.move(temporary, directory.resolve(KEY_STORE), StandardCopyOption.ATOMIC_MOVE);
    }

    private static void createPrivateDirectory(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            if (POSIX) {
                Files.createDirectories(directory,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(directory);
            }
        }
        ownerOnly(directory, "rwx------");
    }

    private static void ownerOnly(Path path, String permissions) throws IOException {
        if (POSIX) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }
}
