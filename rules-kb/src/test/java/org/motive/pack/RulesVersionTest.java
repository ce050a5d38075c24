package org.motive.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motive.PackException;

@DisplayName("The files of a pack and its rules version")
class RulesVersionTest {

    @TempDir
    Path temp;

    private Path writeFolder(PackFiles files) throws IOException, PackException {
        Path dir = temp.resolve("pack");
        for (String path : files.paths("")) {
            Path file = dir.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, files.bytes(path));
        }
        return dir;
    }

    @Test
    @DisplayName("is the same for the same files, read from a folder or from inside a jar")
    void sameEverywhere() throws Exception {
        PackFiles fromFolder = PackFiles.read(writeFolder(Packs.BUILT_IN));
        Path jar = temp.resolve("pack.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String path : Packs.BUILT_IN.paths("")) {
                out.putNextEntry(new JarEntry("motive/pack/" + path));
                out.write(Packs.BUILT_IN.bytes(path));
                out.closeEntry();
            }
        }
        PackFiles fromJar;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            fromJar = PackFiles.readClasspath("motive/pack", loader);
        }
        assertThat(fromFolder.paths("")).isEqualTo(Packs.BUILT_IN.paths(""));
        assertThat(fromJar.paths("")).isEqualTo(Packs.BUILT_IN.paths(""));
        assertThat(fromFolder.digest()).isEqualTo(Packs.BUILT_IN.digest()).isEqualTo(fromJar.digest())
                .matches("[0-9a-f]{7}");
    }

    @Test
    @DisplayName("changes when a table changes")
    void tableChange() {
        assertThat(Packs.edit("tables/findings.csv", "origin.past,3,", "origin.past,4,").digest())
                .isNotEqualTo(Packs.BUILT_IN.digest());
    }

    @Test
    @DisplayName("does not change with the examples, which never change a decision")
    void examples() {
        assertThat(Packs.BUILT_IN.with("examples/more.jsonl", "{}").digest()).isEqualTo(Packs.BUILT_IN.digest());
    }

    @Test
    @DisplayName("leaves out hidden files and the lock files of LibreOffice and Excel")
    void lockFiles() throws Exception {
        Path dir = writeFolder(Packs.BUILT_IN);
        Files.writeString(dir.resolve("tables/.~lock.verdicts.csv#"), "lock");
        Files.writeString(dir.resolve("tables/~$verdicts.xlsx"), "lock");
        Files.writeString(dir.resolve(".DS_Store"), "x");
        PackFiles files = PackFiles.read(dir);
        assertThat(files.paths("")).isEqualTo(Packs.BUILT_IN.paths(""));
        assertThat(files.digest()).isEqualTo(Packs.BUILT_IN.digest());
    }

    @Test
    @DisplayName("names the folder that is not a pack")
    void notAPack() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        try {
            PackFiles.read(empty);
            throw new AssertionError("no problem reported");
        } catch (PackException e) {
            assertThat(e.problems()).containsExactly(empty + ": no pack.yaml in this folder; is it a rules pack?");
        }
    }

    @Test
    @DisplayName("is the pack version followed by the digest")
    void rulesVersion() throws PackException {
        CompiledPack pack = PackLoader.load(Packs.BUILT_IN, PackLoader.builtInKieModule());
        assertThat(pack.rulesVersion()).isEqualTo(pack.manifest().version() + "-" + Packs.BUILT_IN.digest());
    }
}
