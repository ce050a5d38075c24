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

    private Path writeFolder(PackFiles files) throws IOException {
        return files.writeTo(temp.resolve("pack"));
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
    @DisplayName("reads the same files through the index the build writes beside the pack")
    void index() throws Exception {
        Path jar = temp.resolve("indexed.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry(PackFiles.indexOf("motive/pack")));
            out.write(Packs.BUILT_IN.index().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
            for (String path : Packs.BUILT_IN.paths("")) {
                out.putNextEntry(new JarEntry("motive/pack/" + path));
                out.write(Packs.BUILT_IN.bytes(path));
                out.closeEntry();
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            PackFiles indexed = PackFiles.readClasspath("motive/pack", loader);
            assertThat(indexed.paths("")).isEqualTo(Packs.BUILT_IN.paths(""));
            assertThat(indexed.digest()).isEqualTo(Packs.BUILT_IN.digest());
        }
    }

    @Test
    @DisplayName("lists in the built-in index every file of the built-in pack's folder")
    void builtInIndex() throws Exception {
        URL marker = getClass().getClassLoader().getResource("motive/pack/pack.yaml");
        PackFiles folder = PackFiles.read(Path.of(marker.toURI()).getParent());
        assertThat(Packs.BUILT_IN.paths("")).isEqualTo(folder.paths(""));
    }

    @Test
    @DisplayName("names a file the index lists but the class path lacks")
    void staleIndex() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("classes/motive"));
        Files.writeString(dir.resolve("pack.files"), "pack.yaml\ntables/gone.csv\n");
        Files.createDirectories(dir.resolve("pack"));
        Files.writeString(dir.resolve("pack/pack.yaml"), "name: x\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {temp.resolve("classes").toUri().toURL()}, null)) {
            PackFiles.readClasspath("motive/pack", loader);
            throw new AssertionError("no problem reported");
        } catch (PackException e) {
            assertThat(e.problems()).containsExactly("motive/pack.files: lists tables/gone.csv, which is not on the"
                    + " class path; rebuild");
        }
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
