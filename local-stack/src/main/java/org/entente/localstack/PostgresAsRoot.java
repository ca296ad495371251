package org.entente.localstack;

import com.sun.security.auth.module.UnixSystem;
import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZInputStream;
import org.tukaani.xz.XZOutputStream;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

/**
 * Lets zonky's embedded PostgreSQL run when the JVM runs as root (as CI containers do) and Linux user namespaces are
 * not available.
 *
 * <p>{@code initdb} and {@code postgres} refuse to run as root. zonky copes by running them through
 * {@code unshare -U} (a user namespace in which they are not root) when that works; where it does not (Docker's
 * default seccomp profile forbids it, some kernels disable it) zonky runs them as root and {@code initdb} fails. For
 * that case only, the real binaries are unpacked once into {@code <tmp>/entente-postgres-root/<digest>/}, and zonky
 * is given a resolver whose archive holds two small scripts, {@code bin/initdb} and {@code bin/pg_ctl}, that run the
 * real programs as user {@code nobody} through {@code setpriv} (util-linux); {@code pg_ctl} starts {@code postgres}
 * as the same user. The data directory is handed to {@code nobody} before {@code initdb} runs.
 */
final class PostgresAsRoot {

    private static final String UNPRIVILEGED_USER = "nobody";
    private static final String ARCHIVE_OS = "Linux";
    private static final String ARCHIVE_ARCH = "x86_64";
    private static final Path ROOT_WORK_DIR =
            Path.of(System.getProperty("java.io.tmpdir"), "entente-postgres-root");

    private static PgBinaryResolver resolver;

    private PostgresAsRoot() {
    }

    /** Whether this JVM runs as root where zonky cannot use a user namespace, so PostgreSQL needs another user. */
    static boolean isNeeded() {
        return new UnixSystem().getUid() == 0 && !LinuxUtils.isUnshareAvailable();
    }

    /** Where zonky unpacks the wrapper scripts (its "override working directory"). */
    static Path zonkyWorkingDirectory() {
        return ROOT_WORK_DIR.resolve("zonky");
    }

    /**
     * The resolver to give zonky: its archive holds the two wrapper scripts. Unpacks the real binaries the first
     * time, under a file lock so that concurrent JVMs do it once.
     */
    static synchronized PgBinaryResolver resolver() throws IOException {
        if (resolver == null) {
            requireSetpriv();
            Path realBinaries = unpackRealBinaries();
            byte[] wrappers = wrapperArchive(realBinaries.resolve("bin"));
            // zonky keys its cache of unpacked binaries by resolver, so one instance serves the whole JVM
            resolver = (system, architecture) -> new ByteArrayInputStream(wrappers);
        }
        return resolver;
    }

    private static void requireSetpriv() {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        boolean found = Arrays.stream(path.split(":"))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, "setpriv")));
        if (!found) {
            throw new IllegalStateException("PostgreSQL refuses to run as root, and setpriv (package util-linux), "
                    + "used to start it as user " + UNPRIVILEGED_USER + ", is not on the PATH: install util-linux "
                    + "or run as another user");
        }
    }

    /**
     * Makes a data directory usable by the unprivileged user: creates it if needed, gives it to that user with mode
     * 0700, and checks that the user can reach it.
     */
    static void prepareDataDirectory(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        UserPrincipal nobody = dataDir.getFileSystem().getUserPrincipalLookupService()
                .lookupPrincipalByName(UNPRIVILEGED_USER);
        if (!Files.getOwner(dataDir).equals(nobody)) {
            Files.setOwner(dataDir, nobody);
        }
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));
        for (Path parent = dataDir.toAbsolutePath().getParent(); parent != null; parent = parent.getParent()) {
            if (!Files.getPosixFilePermissions(parent).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                throw new IllegalStateException("PostgreSQL runs as user '" + UNPRIVILEGED_USER
                        + "' when started by root, and that user cannot enter " + parent + " to reach " + dataDir
                        + ": choose a data directory outside it, or run: chmod o+x " + parent);
            }
        }
    }

    private static Path unpackRealBinaries() throws IOException {
        byte[] archive;
        try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(ARCHIVE_OS, ARCHIVE_ARCH)) {
            if (in == null) {
                throw new IllegalStateException("no PostgreSQL binaries for linux-amd64 on the classpath");
            }
            archive = in.readAllBytes();
        }
        Path target = ROOT_WORK_DIR.resolve(sha256(archive).substring(0, 16));
        Path complete = target.resolve(".complete");
        Files.createDirectories(ROOT_WORK_DIR);
        Files.setPosixFilePermissions(ROOT_WORK_DIR, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (FileChannel lockChannel = FileChannel.open(ROOT_WORK_DIR.resolve("unpack.lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = lockChannel.lock()) {
            if (!Files.exists(complete)) {
                Directories.deleteRecursively(target);
                unpack(archive, target);
                Files.createFile(complete);
            }
        }
        return target;
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static void unpack(byte[] archive, Path target) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new XZInputStream(new ByteArrayInputStream(archive)))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("archive entry outside its directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(path.getParent());
                    Files.deleteIfExists(path);
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else if (entry.isFile()) {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                    Files.setPosixFilePermissions(path, readableBy(entry.getMode()));
                } else {
                    throw new IOException("unexpected entry in the PostgreSQL archive: " + entry.getName());
                }
            }
        }
    }

    /** The entry's permissions, made readable (and, if executable for its owner, executable) by everybody. */
    private static Set<PosixFilePermission> readableBy(int mode) {
        Set<PosixFilePermission> permissions = new HashSet<>(PosixFilePermissions.fromString("rw-r--r--"));
        if ((mode & 0100) != 0) {
            permissions.addAll(Set.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                    PosixFilePermission.OTHERS_EXECUTE));
        }
        return permissions;
    }

    /** A tar.xz holding {@code bin/initdb} and {@code bin/pg_ctl}, each running its real program as nobody. */
    private static byte[] wrapperArchive(Path realBin) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(
                new XZOutputStream(bytes, new LZMA2Options()))) {
            for (String program : new String[] {"initdb", "pg_ctl"}) {
                byte[] script = wrapperScript(realBin.resolve(program)).getBytes(StandardCharsets.UTF_8);
                TarArchiveEntry entry = new TarArchiveEntry("bin/" + program);
                entry.setMode(0755);
                entry.setSize(script.length);
                tar.putArchiveEntry(entry);
                tar.write(script);
                tar.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static String wrapperScript(Path realProgram) {
        // cd /: the caller's working directory may be one that nobody cannot enter (e.g. under /root)
        return "#!/bin/sh\n"
                + "# PostgreSQL refuses to run as root: run " + realProgram.getFileName() + " as "
                + UNPRIVILEGED_USER + ".\n"
                + "cd / || exit 1\n"
                + "exec setpriv --reuid=" + UNPRIVILEGED_USER + " --regid=\"$(id -g " + UNPRIVILEGED_USER
                + ")\" --clear-groups -- '" + realProgram + "' \"$@\"\n";
    }
}
