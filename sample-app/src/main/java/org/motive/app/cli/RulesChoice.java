package org.motive.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.motive.Motive;
import org.motive.Pack;
import org.motive.PackException;

/**
 * The rules a command decides with: the built-in pack, or a folder given with {@code --rules}.
 * Either may be unusable; then every problem is listed and nothing is decided.
 */
final class RulesChoice {

    private RulesChoice() {
    }

    /** A {@link Motive} for {@code folder} (the built-in rules when null), or null after listing the problems on {@code err}. */
    static Motive motive(Path folder, PrintWriter err) {
        Pack pack = pack(folder, err);
        return pack == null ? null : Motive.builder().rules(pack).build();
    }

    /** The pack in {@code folder} (the built-in one when null), or null after listing the problems on {@code err}. */
    static Pack pack(Path folder, PrintWriter err) {
        try {
            return folder == null ? Pack.builtIn() : Pack.load(folder);
        } catch (PackException e) {
            return unusable("the rules pack in " + folder + " cannot be used:", e.problems(), err);
        } catch (IllegalStateException e) {
            // Pack.builtIn() reports a broken build this way; the cause lists the problems.
            List<String> problems = e.getCause() instanceof PackException cause ? cause.problems() : List.of(e.getMessage());
            return unusable("the built-in rules cannot be loaded:", problems, err);
        }
    }

    private static Pack unusable(String headline, List<String> problems, PrintWriter err) {
        err.println("error: " + headline);
        problems.forEach(problem -> err.println("  - " + problem));
        err.flush();
        return null;
    }
}
