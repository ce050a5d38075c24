package org.motive.pack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.motive.PackException;
import org.motive.analysis.Lexicon;
import org.motive.analysis.LexiconImage;

/**
 * Run by the build ({@code process-classes}): checks the built-in pack (its examples included) and
 * compiles it, and writes beside it its compiled rules and the index of its files, so that loading
 * it at run time only loads classes and reads the listed files.
 *
 * <pre>{@code java org.motive.pack.BuiltInPackCompiler target/classes/motive/pack target/classes/motive/pack.kjar}</pre>
 */
public final class BuiltInPackCompiler {

    private BuiltInPackCompiler() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: BuiltInPackCompiler <pack folder> <output file>");
        }
        long start = System.nanoTime();
        PackLoader.Compiled compiled;
        PackFiles files;
        List<Lexicon> lexicons;
        try {
            files = PackFiles.read(Path.of(args[0]));
            compiled = PackLoader.compile(files);
            // Checked here so that loading the built-in pack can leave the examples until asked for.
            PackLoader.examples(files);
            lexicons = PackLoader.lexicons(files, compiled.pack().manifest());
        } catch (PackException e) {
            throw new IllegalStateException("the built-in pack has problems:\n" + e.getMessage(), e);
        }
        Path output = Path.of(args[1]);
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.write(output, compiled.kieModule());
        Files.write(output.resolveSibling(Path.of(PackLoader.BUILT_IN_LEXICONS).getFileName()),
                LexiconImage.write(lexicons, files.digest()));
        Files.writeString(output.resolveSibling(PackFiles.indexOf(Path.of(args[0]).getFileName().toString())),
                files.index());
        System.out.printf("Compiled the built-in pack %s (%d rules) in %d ms%n", compiled.pack().rulesVersion(),
                compiled.pack().rules().rules().size(), (System.nanoTime() - start) / 1_000_000);
    }
}
