package org.motive.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.motive.PackException;

/**
 * The files of a rules pack, read once into memory by their relative path ({@code tables/verdicts.csv},
 * always with {@code /}), whether the pack is a folder, a folder on the class path or a folder
 * inside a jar. Editor leftovers (hidden files, LibreOffice and Excel lock files) are not part of it.
 */
public final class PackFiles {

    /** The folder of examples: labelled requests, which test the pack but never change a decision. */
    static final String EXAMPLES = "examples/";

    private final SortedMap<String, byte[]> files;
    private volatile String digest;

    private PackFiles(SortedMap<String, byte[]> files) {
        this.files = Collections.unmodifiableSortedMap(files);
    }

    /** For tests and tools: a pack given as texts by relative path. */
    public static PackFiles of(Map<String, String> texts) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        texts.forEach((path, text) -> files.put(path, text.getBytes(StandardCharsets.UTF_8)));
        return new PackFiles(files);
    }

    /** Reads every file under {@code dir} (a folder of the default file system or of a zip file system). */
    public static PackFiles read(Path dir) throws PackException {
        if (!Files.isDirectory(dir)) {
            throw new PackException(List.of(dir + ": not a folder"));
        }
        if (!Files.isRegularFile(dir.resolve("pack.yaml"))) {
            throw new PackException(List.of(dir + ": no pack.yaml in this folder; is it a rules pack?"));
        }
        SortedMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String relative = relative(dir, file);
                if (!ignored(relative)) {
                    files.put(relative, Files.readAllBytes(file));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new PackException(List.of(dir + ": cannot read the pack: " + e.getMessage()));
        }
        return new PackFiles(files);
    }

    /**
     * Reads the pack whose files sit under {@code root} on the class path ({@code motive/pack}),
     * from a folder or from inside a jar.
     */
    public static PackFiles readClasspath(String root, ClassLoader loader) throws PackException {
        PackFiles indexed = readIndexed(root, loader);
        if (indexed != null) {
            return indexed;
        }
        URL marker = loader.getResource(root + "/pack.yaml");
        if (marker == null) {
            throw new PackException(List.of(root + "/pack.yaml: not found on the class path"));
        }
        URI uri;
        try {
            uri = marker.toURI();
        } catch (URISyntaxException e) {
            throw new PackException(List.of(marker + ": not a readable location: " + e.getMessage()));
        }
        if ("file".equals(uri.getScheme())) {
            return read(Path.of(uri).getParent());
        }
        if ("jar".equals(uri.getScheme())) {
            return readJar(uri, root);
        }
        throw new PackException(List.of(marker + ": cannot read a pack from a " + uri.getScheme() + " location"));
    }

    /**
     * The name of the index the build writes beside a pack on the class path ({@code motive/pack.files}):
     * one relative path a line. With it, the files are read one by one through the class loader,
     * without listing a folder or opening a (possibly large) jar as a file system.
     */
    public static String indexOf(String root) {
        return root + ".files";
    }

    /** The index's content for these files. */
    public String index() {
        return String.join("\n", files.keySet()) + "\n";
    }

    private static PackFiles readIndexed(String root, ClassLoader loader) throws PackException {
        List<String> paths;
        try (InputStream index = loader.getResourceAsStream(indexOf(root))) {
            if (index == null) {
                return null;
            }
            paths = new String(index.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty()).toList();
        } catch (IOException e) {
            return null;
        }
        SortedMap<String, byte[]> files = new TreeMap<>();
        for (String path : paths) {
            try (InputStream in = loader.getResourceAsStream(root + "/" + path)) {
                if (in == null) {
                    throw new PackException(List.of(indexOf(root) + ": lists " + path + ", which is not on the class"
                            + " path; rebuild"));
                }
                files.put(path, in.readAllBytes());
            } catch (IOException e) {
                throw new PackException(List.of(root + "/" + path + ": cannot read: " + e.getMessage()));
            }
        }
        return new PackFiles(files);
    }

    private static PackFiles readJar(URI uri, String root) throws PackException {
        String jar = uri.toString().substring(0, uri.toString().indexOf("!/"));
        URI jarUri = URI.create(jar);
        try (FileSystem zip = FileSystems.newFileSystem(jarUri, Map.of())) {
            return read(zip.getPath("/" + root));
        } catch (FileSystemAlreadyExistsException e) {
            // Someone else opened the jar as a file system: read through it and leave it open.
            return read(FileSystems.getFileSystem(jarUri).getPath("/" + root));
        } catch (IOException e) {
            throw new PackException(List.of(jar + ": cannot open the jar: " + e.getMessage()));
        }
    }

    private static String relative(Path dir, Path file) {
        Path rel = dir.relativize(file);
        StringBuilder path = new StringBuilder();
        for (Path part : rel) {
            if (!path.isEmpty()) {
                path.append('/');
            }
            path.append(part);
        }
        return path.toString();
    }

    private static boolean ignored(String relative) {
        for (String part : relative.split("/")) {
            if (part.startsWith(".") || part.startsWith("~$") || part.endsWith("~") || part.endsWith("#")) {
                return true;
            }
        }
        return false;
    }

    /** A copy with one file added or replaced, as an editor would save it. */
    public PackFiles with(String path, byte[] content) {
        SortedMap<String, byte[]> copy = new TreeMap<>(files);
        copy.put(path, content.clone());
        return new PackFiles(copy);
    }

    /** A copy with one file added or replaced by UTF-8 text. */
    public PackFiles with(String path, String text) {
        return with(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A copy without one file. */
    public PackFiles without(String path) {
        SortedMap<String, byte[]> copy = new TreeMap<>(files);
        copy.remove(path);
        return new PackFiles(copy);
    }

    public boolean has(String path) {
        return files.containsKey(path);
    }

    /** The bytes of one file; the error names the missing file. */
    public byte[] bytes(String path) throws PackException {
        byte[] bytes = files.get(path);
        if (bytes == null) {
            throw new PackException(List.of(path + ": missing from the pack"));
        }
        return bytes.clone();
    }

    /** The bytes of one file, or null when absent. */
    public byte[] bytesOrNull(String path) {
        byte[] bytes = files.get(path);
        return bytes == null ? null : bytes.clone();
    }

    /** UTF-8 text of one file, without a leading byte-order mark (as Excel writes). */
    public String text(String path) throws PackException {
        String text = new String(bytes(path), StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Writes every file of the pack under {@code dir}, creating folders as needed, and returns {@code dir}. */
    public Path writeTo(Path dir) throws IOException {
        for (String path : paths("")) {
            Path file = dir.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, bytesOrNull(path));
        }
        return dir;
    }

    /** Relative paths in order, under a folder ({@code rules/}) or all when {@code prefix} is empty. */
    public List<String> paths(String prefix) {
        return files.keySet().stream().filter(path -> path.startsWith(prefix)).toList();
    }

    /**
     * The first 7 hex digits of a SHA-256 over the sorted relative paths and contents of every file
     * that can change a decision (all but the examples), so that a stored decision names the exact
     * rules that made it, and identical packs get identical versions wherever they are read from.
     */
    public String digest() {
        String known = digest;
        if (known == null) {
            known = computeDigest();
            digest = known;
        }
        return known;
    }

    private String computeDigest() {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (file.getKey().startsWith(EXAMPLES)) {
                continue;
            }
            sha.update(file.getKey().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(file.getValue());
            sha.update((byte) 0);
        }
        return HexFormat.of().formatHex(sha.digest()).substring(0, 7);
    }
}
