package org.motive.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.motive.PackException;
import org.motive.pack.PackFiles;
import org.motive.pack.PackLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code motive rules export DIR}: writes the built-in pack into a folder, to be edited there. */
@Command(name = "export",
        mixinStandardHelpOptions = true,
        versionProvider = MotiveVersion.class,
        description = {
            "Writes every file of the built-in rules pack into DIR (created if missing): pack.yaml, tables/,"
                + " rules/, lexicons/, replies/ and examples/. Edit the copy, then decide with it using"
                + " --rules DIR.",
            ""
        },
        footer = {
            "",
            "Exit status: 0 the pack was written; 2 DIR is not empty (without --force) or cannot be written.",
            "",
            "Example:",
            "  motive rules export my-pack"
        })
final class RulesExportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The folder to write the pack into; it must be empty or missing.")
    private Path dir;

    @Option(names = "--force", description = "Write into DIR even when it holds files; files of the same name are replaced.")
    private boolean force;

    @Override
    public Integer call() throws PackException {
        PrintWriter out = spec.commandLine().getOut();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new ParameterException(spec.commandLine(), dir + ": not a folder");
        }
        if (!force && !isEmpty(dir)) {
            // Overwriting a pack someone edited would lose their changes without a word.
            throw new ParameterException(spec.commandLine(),
                    dir + " is not empty; choose an empty or new folder, or add --force to overwrite its files");
        }
        PackFiles files = PackLoader.builtInFiles();
        List<String> paths = files.paths("");
        try {
            files.writeTo(dir);
        } catch (IOException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("error: cannot write the pack into " + dir + ": " + InputOpener.describe(e));
            err.flush();
            return MotiveCli.UNUSABLE;
        }
        out.println("Wrote the built-in rules pack (" + paths.size() + " files) into " + dir + ":");
        paths.forEach(path -> out.println("  " + path));
        out.println("Next: edit the files, then check them with: motive rules check " + dir);
        out.flush();
        return 0;
    }

    private static boolean isEmpty(Path dir) {
        if (!Files.isDirectory(dir)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
