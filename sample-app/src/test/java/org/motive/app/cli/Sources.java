package org.motive.app.cli;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads sources in tests. */
final class Sources {

    private Sources() {
    }

    static InputOpener bytes(byte[] bytes) {
        return () -> new ByteArrayInputStream(bytes);
    }

    static InputOpener text(String text) {
        return bytes(text.getBytes(StandardCharsets.UTF_8));
    }

    static List<InputItem> readAll(RequestSource source) {
        List<InputItem> items = new ArrayList<>();
        source.read(items::add);
        return items;
    }

    /** A request as one JSON line. */
    static String line(String id, String message) {
        return "{\"id\":\"" + id + "\",\"message\":\"" + message + "\"}";
    }
}
