package org.motive.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motive.model.Channel;
import org.motive.model.ContactRequest;

class EmailRequestTest {

    @Test
    @DisplayName("an English reply keeps the new text and sign-off, and drops the two-line attribution, the quote and the signature")
    void englishReply() throws MailException {
        ContactRequest request = Fixtures.read("en-reply-signature.eml");

        assertThat(request.channel()).isEqualTo(Channel.EMAIL);
        assertThat(request.kind()).isNull();
        assertThat(request.id()).isEqualTo("CAF7k2x9Q@mail.palletronic.example");
        assertThat(request.receivedAt()).isEqualTo(Instant.parse("2026-11-17T08:30:00Z"));
        assertThat(request.sender().name()).isEqualTo("Jane Cooper");
        assertThat(request.sender().email()).isEqualTo("jane.cooper@palletronic.example");
        assertThat(request.recipient().email()).isEqualTo("tom.baker@example.com");
        assertThat(request.subject()).isEqualTo("Re: Pallet handling at Tilburg");
        assertThat(request.message())
                .startsWith("Hi Tom,")
                .contains("Logistics Summit in Rotterdam", "Could we book 30 minutes")
                .endsWith("Best,\nJane")
                .doesNotContain("wrote:", "Nice meeting you", "Account Director", "+44");
    }

    @Test
    @DisplayName("an Outlook reply loses its confidentiality notice, its unsubscribe line and the From/Sent block")
    void outlookReply() throws MailException {
        ContactRequest request = Fixtures.read("en-outlook-footer.eml");

        assertThat(request.message())
                .startsWith("Dear Ms Patel,")
                .endsWith("Kind regards,\nMark Ellis\nSenior Consultant, Brightwater Talent")
                .doesNotContain("CONFIDENTIALITY", "unsubscribe", "____", "Sent:", "please send me some details");
    }

    @Test
    @DisplayName("a French quoted-printable ISO-8859-1 reply with RFC 2047 headers loses its footers and the quoted message")
    void frenchLatin1QuotedPrintable() throws MailException {
        ContactRequest request = Fixtures.read("fr-qp-latin1.eml");

        assertThat(request.sender().name()).isEqualTo("Pierre Lefèvre");
        assertThat(request.subject()).isEqualTo("Re\u00A0: Proposition isolation des façades");
        assertThat(request.receivedAt()).isEqualTo(Instant.parse("2026-11-17T10:45:00Z"));
        assertThat(request.message())
                .startsWith("Bonjour Madame Durand,\n\nSuite à notre échange au salon Batimat")
                .contains("façades de la résidence Les Tilleuls", "jeudi 26 novembre à 14 h")
                .endsWith("Cordialement,\nPierre Lefèvre\nChargé d'affaires, Isolfaçade")
                .doesNotContain("confidentiels", "désinscrire", "a écrit", "Envoyez-moi");
    }

    @Test
    @DisplayName("a German base64 windows-1252 reply keeps € and the dash, and loses its footer and the original message")
    void germanBase64Windows1252() throws MailException {
        ContactRequest request = Fixtures.read("de-base64-cp1252.eml");

        assertThat(request.sender().name()).isEqualTo("Markus Engel");
        assertThat(request.subject()).isEqualTo("AW: Angebot für die Papierpolster-Anlage");
        assertThat(request.message())
                .startsWith("Sehr geehrter Herr Richter,\n\nvielen Dank für das nette Gespräch auf der FachPack")
                .contains("Papierpolster-Anlage – Preis: 48.500 € netto")
                .endsWith("Mit freundlichen Grüßen\nMarkus Engel\nKey Account Manager, Papyrotec GmbH")
                .doesNotContain("vertrauliche", "Adressat", "abbestellen", "Ursprüngliche", "Schicken Sie mir");
    }

    @Test
    @DisplayName("a message without a Message-ID, short or long, gets the SHA-256 of all its bytes as id")
    void idFromContent() throws Exception {
        for (int paragraphs : new int[] {1, 3_000}) {
            String body = "Hello Anna, we met at the Lyon meetup. Could we talk on Friday?\r\n\r\n".repeat(paragraphs);
            byte[] raw = ("From: Tom <tom@example.org>\r\nTo: anna@example.org\r\nSubject: Lyon\r\n"
                    + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            byte[] sum = java.security.MessageDigest.getInstance("SHA-256").digest(raw);
            String expected = "sha256-" + java.util.HexFormat.of().formatHex(sum, 0, 16);
            ContactRequest request = MailReader.builder().build().read(new java.io.ByteArrayInputStream(raw));
            assertThat(request.id()).as("%d paragraphs, %d bytes", paragraphs, raw.length).isEqualTo(expected);
        }
    }

    @Test
    @DisplayName("a German reply without a declared charset is read as UTF-8, loses 'Am ... schrieb ...:', and gets an id from its content")
    void germanUndeclaredUtf8() throws MailException {
        ContactRequest request = Fixtures.read("de-undeclared-utf8.eml");

        assertThat(request.id()).matches("sha256-[0-9a-f]{32}");
        assertThat(Fixtures.read("de-undeclared-utf8.eml").id()).isEqualTo(request.id());
        assertThat(request.message())
                .contains("Stefan Krüger von der IHK Köln", "nächste Woche ein Probeessen")
                .endsWith("Viele Grüße\nLena Hoffmann")
                .doesNotContain("schrieb", "Unterlagen");
    }

    @Test
    @DisplayName("an HTML-only mail becomes text with its paragraphs, without hidden preview text, Gmail quote or unsubscribe line")
    void htmlOnly() throws MailException {
        ContactRequest request = Fixtures.read("fr-html-only.eml");

        assertThat(request.sender().name()).isEqualTo("Sophie Garnier");
        assertThat(request.subject()).isEqualTo("Re\u00A0: Atelier Java 21 – réservation");
        assertThat(request.message()).isEqualTo("""
                Bonjour Julien,

                Nous nous sommes croisés au meetup Paris JUG le mois dernier : vous m'aviez parlé de votre \
                migration vers Java 21.
                J'anime un atelier sur ce sujet le 3 décembre chez Zenika.

                Voulez-vous que je vous réserve une place ?

                Bien à vous,
                Sophie Garnier""");
    }

    @Test
    @DisplayName("in a mixed message the plain text of the alternative part is read and the PDF and text attachments are not")
    void mixedWithAttachments() throws MailException {
        ContactRequest request = Fixtures.read("en-mixed-attachment.eml");

        assertThat(request.message())
                .startsWith("Hello Ms Novak,\n\nYour colleague Daniel Weiss suggested")
                .endsWith("Regards,\nOmar Haddad")
                .doesNotContain("HTML version", "Attached notes", "PDF");
    }

    @Test
    @DisplayName("an e-mail becomes a request that Motive decides")
    void decided() throws MailException {
        ContactRequest request = Fixtures.read("en-reply-signature.eml");

        assertThat(Fixtures.motive().evaluate(request).requestId()).isEqualTo("CAF7k2x9Q@mail.palletronic.example");
    }
}
