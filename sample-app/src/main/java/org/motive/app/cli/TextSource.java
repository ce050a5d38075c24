package org.motive.app.cli;

import java.util.List;
import java.util.function.Consumer;
import org.motive.model.ContactRequest;

/** The messages given with {@code --text}; each becomes a request with the id {@code text-1}, {@code text-2}... */
final class TextSource implements RequestSource {

    private final List<String> texts;

    TextSource(List<String> texts) {
        this.texts = List.copyOf(texts);
    }

    @Override
    public String name() {
        return "--text";
    }

    @Override
    public void read(Consumer<InputItem> sink) {
        for (int i = 0; i < texts.size(); i++) {
            sink.accept(new InputItem.Readable(name(), i + 1, ContactRequest.of("text-" + (i + 1), texts.get(i))));
        }
    }
}
