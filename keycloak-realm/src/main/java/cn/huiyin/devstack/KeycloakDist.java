package cn.huiyin.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Enumeration;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The Keycloak distribution, unpacked once into a cache directory outside {@code target/} so
 * that {@code mvn clean} neither re-unpacks 188 MB nor throws away Quarkus' one-time build step.
 */
final class KeycloakDist {

    /** Written last: a directory without it is a half-unpacked leftover and is redone. */
    static final String MARKER = ".huiyin-unpacked";

    private static final System.Logger LOG = System.getLogger(KeycloakDist.class.getName());
    private static final Properties BUILD = load();
    static final String VERSION = BUILD.getProperty("keycloak.version", "26.7.3");

    /** Serialises unpack and start inside this JVM; the file lock does it across processes. */
    private static final ReentrantLock JVM_LOCK = new ReentrantLock();

    private KeycloakDist() {
    }

    /** System property {@code huiyin.cache}, else {@code ~/.huiyin/cache}; plus {@code keycloak-<version>}. */
    static Path defaultCacheDir() {
        String root = System.getProperty("huiyin.cache",
                Path.of(System.getProperty("user.home"), ".huiyin", "cache").toString());
        return Path.of(root, "keycloak-" + VERSION);
    }

    /**
     * System property {@code huiyin.keycloak.zip}, else the path Maven resolved at build time
     * (devstack.properties), else the usual place in the local repository.
     */
    static Path defaultZip() {
        String explicit = System.getProperty("huiyin.keycloak.zip");
        if (explicit != null) {
            return Path.of(explicit);
        }
        String built = BUILD.getProperty("keycloak.distZip", "");
        if (!built.isBlank() && !built.startsWith("${")) {
            return Path.of(built);
        }
        return Path.of(System.getProperty("user.home"), ".m2", "repository", "org", "keycloak",
                "keycloak-quarkus-dist", VERSION, "keycloak-quarkus-dist-" + VERSION + ".zip");
    }

    /** Unpacks {@code zip} into {@code home} unless that was completed before; returns {@code home}. */
    static Path ensureUnpacked(Path zip, Path home) {
        if (Files.exists(home.resolve(MARKER))) {
            return home;
        }
        try (CacheLock ignored = CacheLock.acquire(home)) {
            if (Files.exists(home.resolve(MARKER))) {
                return home; // another process finished it while we waited
            }
            if (!Files.isRegularFile(zip)) {
                throw new IllegalStateException("Keycloak distribution not found at " + zip
                        + ". Build keycloak-realm with Maven (it resolves org.keycloak:keycloak-quarkus-dist:"
                        + VERSION + ":zip) or set -Dhuiyin.keycloak.zip=<path>.");
            }
            long t0 = System.nanoTime();
            LOG.log(System.Logger.Level.INFO, "Unpacking Keycloak {0} into {1} (once per cache dir)", VERSION, home);
            deleteTree(home);
            unzipStrippingTopDir(zip, home);
            try (Stream<Path> scripts = Files.list(home.resolve("bin"))) {
                for (Path sh : scripts.filter(p -> p.toString().endsWith(".sh")).toList()) {
                    var perms = EnumSet.copyOf(Files.getPosixFilePermissions(sh));
                    perms.addAll(EnumSet.of(PosixFilePermission.OWNER_EXECUTE,
                            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_EXECUTE));
                    Files.setPosixFilePermissions(sh, perms);
                }
            }
            Files.writeString(home.resolve(MARKER), zip + "\n");
            LOG.log(System.Logger.Level.INFO, "Unpacked Keycloak in {0,number,#} ms", (System.nanoTime() - t0) / 1_000_000);
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("unpacking " + zip + " into " + home, e);
        }
    }

    /** The zip holds one folder {@code keycloak-<version>/}; its content goes straight into {@code home}. */
    private static void unzipStrippingTopDir(Path zip, Path home) throws IOException {
        Path root = home.toAbsolutePath().normalize();
        try (ZipFile zf = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = zf.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                String name = e.getName();
                int slash = name.indexOf('/');
                if (slash < 0 || slash == name.length() - 1) {
                    continue; // the top folder itself
                }
                Path target = root.resolve(name.substring(slash + 1)).normalize();
                if (!target.startsWith(root)) {
                    throw new IOException("zip entry escapes the target directory: " + name);
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    try (InputStream in = zf.getInputStream(e)) {
                        Files.copy(in, target);
                    }
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = KeycloakDist.class.getResourceAsStream("/devstack.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /**
     * Exclusive use of one cache directory while it is unpacked or a server in it starts: two
     * concurrent first starts would both run Quarkus' build step into the same lib/ folder.
     */
    static final class CacheLock implements AutoCloseable {
        private final FileChannel channel;
        private final FileLock lock;

        private CacheLock(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }

        static CacheLock acquire(Path home) throws IOException {
            Path lockFile = home.resolveSibling(home.getFileName() + ".lock");
            Files.createDirectories(lockFile.getParent());
            JVM_LOCK.lock();
            try {
                FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                return new CacheLock(ch, ch.lock());
            } catch (IOException | RuntimeException e) {
                JVM_LOCK.unlock();
                throw e;
            }
        }

        @Override
        public void close() throws IOException {
            try {
                lock.release();
                channel.close();
            } finally {
                JVM_LOCK.unlock();
            }
        }
    }
}
