package org.motive.pack;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.motive.PackException;

/** The built-in pack's files, and edited copies of them, for tests. */
final class Packs {

    static final PackFiles BUILT_IN = read();

    private Packs() {
    }

    private static PackFiles read() {
        try {
            return PackLoader.builtInFiles();
        } catch (PackException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    static String text(String path) {
        try {
            return BUILT_IN.text(path);
        } catch (PackException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The built-in pack with {@code target} replaced by {@code replacement} in one file. */
    static PackFiles edit(String path, String target, String replacement) {
        String text = text(path);
        if (!text.contains(target)) {
            throw new IllegalArgumentException(path + " does not contain " + target);
        }
        return BUILT_IN.with(path, text.replace(target, replacement));
    }

    /** The problems that loading the files reports; fails when there are none. */
    static List<String> problems(PackFiles files) {
        PackException[] thrown = new PackException[1];
        assertThatThrownBy(() -> {
            try {
                PackLoader.compile(files);
            } catch (PackException e) {
                thrown[0] = e;
                throw e;
            }
        }).isInstanceOf(PackException.class);
        return thrown[0].problems();
    }
}
