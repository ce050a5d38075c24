package org.motive.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motive.model.ContactRequest;

@DisplayName("Growing messages")
class GrowingMessagesTest {

    private static final List<ContactRequest> CORPUS = List.of(
            ContactRequest.of("a", "Hello Anna. We met at the fair in Lyon!\nCould we talk on Friday?").withLanguage("en"),
            ContactRequest.of("b", "Grüße aus Köln. Wir haben uns auf der Messe getroffen.").withLanguage("de"),
            ContactRequest.of("c", "Best regards, Tom").withLanguage("en"));

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    @Test
    @DisplayName("a message is as long as asked, to within one word, in UTF-8 bytes")
    void size() {
        GrowingMessages de = GrowingMessages.from(CORPUS, "de");
        for (int size : new int[] {10, 100, 1_000, 10_000, 100_000}) {
            String message = de.message(size);
            assertThat(bytes(message)).isLessThanOrEqualTo(size).isGreaterThan(size - 12);
        }
    }

    @Test
    @DisplayName("a message is made of whole sentences of the chosen language, reused in corpus order")
    void sentences() {
        String message = GrowingMessages.from(CORPUS, "en").message(200);
        assertThat(message).startsWith("Hello Anna. We met at the fair in Lyon! Could we talk on Friday? Best regards, Tom"
                        + " Hello Anna.")
                .doesNotContain("Messe");
    }

    @Test
    @DisplayName("the request declares the language of its message")
    void request() {
        ContactRequest request = GrowingMessages.from(CORPUS, "de").request("de-1k", 1_000);
        assertThat(request.language()).isEqualTo("de");
        assertThat(request.id()).isEqualTo("de-1k");
        assertThat(request.message()).contains("Messe");
    }

    @Test
    @DisplayName("a language the corpus does not hold, or a size below one byte, is refused")
    void refused() {
        assertThatThrownBy(() -> GrowingMessages.from(CORPUS, "fr")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'fr'");
        assertThatThrownBy(() -> GrowingMessages.from(CORPUS, "en").message(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 byte");
    }
}
