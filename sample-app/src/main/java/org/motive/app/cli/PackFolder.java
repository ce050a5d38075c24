package org.motive.app.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** A pack named on the command line: a folder that must exist, or the word {@code built-in}. */
final class PackFolder {

    /** The word that names the pack shipped with Motive instead of a folder. */
    static final String BUILT_IN = "built-in";

    private PackFolder() {
    }

    /** Null for {@code built-in}, else the folder; a usage error when it is not one. */
    static Path resolve(String pack, CommandSpec spec, boolean builtInAllowed) {
        if (builtInAllowed && pack.equals(BUILT_IN)) {
            return null;
        }
        Path folder;
        try {
            folder = Path.of(pack);
        } catch (InvalidPathException e) {
            throw new ParameterException(spec.commandLine(), "Not a folder name: " + pack + " (" + e.getReason() + ")");
        }
        if (!Files.isDirectory(folder)) {
            throw new ParameterException(spec.commandLine(), pack + ": " + (Files.exists(folder) ? "not a folder" : "no such folder")
                    + (builtInAllowed ? "; give a pack folder or " + BUILT_IN : "; give a pack folder"));
        }
        return folder;
    }
}
