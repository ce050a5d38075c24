package org.motive.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReplyCleanerTest {

    private final ReplyCleaner cleaner = new ReplyCleaner(MailMarkers.BUILT_IN);

    @Test
    @DisplayName("'> ' lines are dropped wherever they are, the text around them stays")
    void quotedLines() {
        assertThat(cleaner.clean("Hi,\n> your question\nMy answer.\n>> older\nBye"))
                .isEqualTo("Hi,\nMy answer.\nBye");
    }

    @Test
    @DisplayName("an attribution line in English, French or German ends the message")
    void attributions() {
        assertThat(cleaner.clean("Yes.\nOn Tue, Nov 17, 2026 at 9:12 AM Tom <t@example.com> wrote:\nold"))
                .isEqualTo("Yes.");
        assertThat(cleaner.clean("Oui.\n\nLe mar. 17 nov. 2026 à 09:12, Tom <t@example.com> a écrit :\nancien"))
                .isEqualTo("Oui.");
        assertThat(cleaner.clean("Ja.\nAm Di., 17. Nov. 2026 um 09:12 Uhr schrieb Tom <t@example.com>:\nalt"))
                .isEqualTo("Ja.");
        assertThat(cleaner.clean("Ja.\nTom Baker schrieb am 17.11.2026 09:12:\nalt")).isEqualTo("Ja.");
        assertThat(cleaner.clean("Yes.\n-----Original Message-----\nFrom: Tom\nold")).isEqualTo("Yes.");
        assertThat(cleaner.clean("Oui.\n-------- Message d'origine --------\nancien")).isEqualTo("Oui.");
    }

    @Test
    @DisplayName("an Outlook From/Sent block in French or German ends the message, a lone 'De :' line does not")
    void headerBlocks() {
        assertThat(cleaner.clean("Merci.\n\nDe : Tom Baker\nEnvoyé : mardi 17 novembre 2026 09:12\nÀ : Eva\nancien"))
                .isEqualTo("Merci.");
        assertThat(cleaner.clean("Danke.\nVon: Tom Baker\nGesendet: Dienstag, 17. November 2026\nalt"))
                .isEqualTo("Danke.");
        assertThat(cleaner.clean("Bonjour,\nDe : Paris à Lyon en deux heures.\nBonne journée"))
                .isEqualTo("Bonjour,\nDe : Paris à Lyon en deux heures.\nBonne journée");
    }

    @Test
    @DisplayName("the signature after '-- ' goes, the sign-off above it stays")
    void signature() {
        assertThat(cleaner.clean("Could we meet?\n\nBest regards,\nJane\n-- \nJane Cooper\n+44 20 7946 0321"))
                .isEqualTo("Could we meet?\n\nBest regards,\nJane");
    }

    @Test
    @DisplayName("a footer goes from its line on, but the same words in the first paragraph are the message")
    void footers() {
        assertThat(cleaner.clean("Hallo,\n\nkönnen wir telefonieren?\n\nNewsletter abbestellen: https://x.example"))
                .isEqualTo("Hallo,\n\nkönnen wir telefonieren?");
        assertThat(cleaner.clean("How do I unsubscribe from your list? I tried twice."))
                .isEqualTo("How do I unsubscribe from your list? I tried twice.");
        assertThat(cleaner.clean("Hallo,\n\nwir wollen das Turnier im Mai gemeinsam austragen.\nGrüße"))
                .isEqualTo("Hallo,\n\nwir wollen das Turnier im Mai gemeinsam austragen.\nGrüße");
    }

    @Test
    @DisplayName("an Outlook HTML reply loses the earlier message that follows its reply header")
    void outlookHtml() {
        String html = """
                <html><body><div>Hello Priya,</div><div>Could we talk on Friday?</div>
                <div id="appendonsend"></div><hr>
                <div id="divRplyFwdMsg"><b>From:</b> Priya Patel<br><b>Sent:</b> Thursday<br></div>
                <div>Hello Mark, please send me some details.</div></body></html>
                """;
        String text = HtmlText.toText(html, MailMarkers.BUILT_IN.htmlQuotes());

        assertThat(cleaner.clean(text)).isEqualTo("Hello Priya,\nCould we talk on Friday?");
    }

    @Test
    @DisplayName("the markers are read from the data file, one list per kind")
    void markersAreData() {
        assertThat(List.of(MailMarkers.BUILT_IN.replyHeaders(), MailMarkers.BUILT_IN.footers(),
                MailMarkers.BUILT_IN.signatureSeparators(), MailMarkers.BUILT_IN.headerBlockFirst(),
                MailMarkers.BUILT_IN.headerBlockThen())).allSatisfy(list -> assertThat(list).isNotEmpty());
        assertThat(MailMarkers.BUILT_IN.htmlQuotes()).contains("blockquote[type=cite]");
    }
}
