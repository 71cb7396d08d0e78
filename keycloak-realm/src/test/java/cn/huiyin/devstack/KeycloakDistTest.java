package cn.huiyin.devstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The unpack-once logic on a tiny zip shaped like the distribution (the real one is used by KeycloakServerTest). */
class KeycloakDistTest {

    @TempDir
    Path tmp;

    @Test
    void unpacksOnceStripsTheTopFolderAndMakesScriptsExecutable() throws Exception {
        Path zip = fakeDist("v1");
        Path home = tmp.resolve("cache/keycloak-x");

        KeycloakDist.ensureUnpacked(zip, home);
        assertThat(home.resolve("bin/kc.sh")).isExecutable();
        assertThat(home.resolve("conf/keycloak.conf")).hasContent("v1");
        assertThat(home.resolve(KeycloakDist.MARKER)).exists();

        // marker present: not unpacked again, so what Quarkus' build step or data/ holds survives
        Files.writeString(home.resolve("conf/keycloak.conf"), "changed by a run");
        KeycloakDist.ensureUnpacked(fakeDist("v2"), home);
        assertThat(home.resolve("conf/keycloak.conf")).hasContent("changed by a run");
    }

    @Test
    void aHalfUnpackedDirectoryIsRedone() throws Exception {
        Path home = tmp.resolve("cache/keycloak-x");
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("bin/leftover"), "interrupted unpack"); // no marker

        KeycloakDist.ensureUnpacked(fakeDist("v1"), home);
        assertThat(home.resolve("bin/leftover")).doesNotExist();
        assertThat(home.resolve("bin/kc.sh")).isExecutable();
        assertThat(home.resolve(KeycloakDist.MARKER)).exists();
    }

    @Test
    void aMissingZipSaysHowToGetIt() {
        assertThatThrownBy(() -> KeycloakDist.ensureUnpacked(tmp.resolve("nope.zip"), tmp.resolve("home")))
                .hasMessageContaining("keycloak-quarkus-dist")
                .hasMessageContaining("-Dhuiyin.keycloak.zip");
    }

    @Test
    void theBuildRecordedWhereMavenResolvedTheDistribution() {
        assertThat(KeycloakDist.VERSION).isEqualTo("26.7.3");
        assertThat(KeycloakDist.defaultZip()).exists().hasFileName("keycloak-quarkus-dist-26.7.3.zip");
        assertThat(KeycloakDist.defaultCacheDir()).endsWith(Path.of("keycloak-26.7.3"));
    }

    private Path fakeDist(String version) throws Exception {
        Path zip = tmp.resolve("dist-" + version + ".zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("keycloak-9.9.9/"));
            z.putNextEntry(new ZipEntry("keycloak-9.9.9/bin/"));
            z.putNextEntry(new ZipEntry("keycloak-9.9.9/bin/kc.sh"));
            z.write("#!/bin/sh\n".getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("keycloak-9.9.9/conf/keycloak.conf"));
            z.write(version.getBytes(StandardCharsets.UTF_8));
        }
        return zip;
    }
}
