package org.motive.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Reply templates")
class TemplateTest {

    @Test
    @DisplayName("fill placeholders, and drop an empty one with the white space before it")
    void fills() {
        assertThat(Template.render("Hello {name},", Map.of("name", "Claire"))).isEqualTo("Hello Claire,");
        assertThat(Template.render("Kind regards,\n{recipientFirstName}", Map.of())).isEqualTo("Kind regards,");
        assertThat(Template.render("Bonjour {name}, merci", Map.of("name", ""))).isEqualTo("Bonjour, merci");
        assertThat(Template.render("no placeholder", Map.of())).isEqualTo("no placeholder");
        assertThat(Template.render("{a}{b} {c} x", Map.of("a", "1", "b", "2", "c", "3"))).isEqualTo("12 3 x");
    }

    @Test
    @DisplayName("leave braces that are not placeholders as they are")
    void otherBraces() {
        assertThat(Template.render("a {not one} {} {x", Map.of("x", "y"))).isEqualTo("a {not one} {} {x");
        assertThat(Template.placeholders("Hi {name}, {asks}")).containsExactly("name", "asks");
    }
}
