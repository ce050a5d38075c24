package org.motive.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motive.model.ContactRequest;

class EncodingTest {

    private static String decode(byte[] bytes, String charset) {
        return TextDecoding.decode(bytes, bytes.length, charset);
    }

    @Test
    @DisplayName("text declared ISO-8859-1 but written in windows-1252 keeps its euro sign and curly quotes")
    void latin1IsReadAsWindows1252() {
        byte[] bytes = "Prix : 12 € – « offre »".getBytes(Charset.forName("windows-1252"));

        assertThat(decode(bytes, "ISO-8859-1")).isEqualTo("Prix : 12 € – « offre »");
    }

    @Test
    @DisplayName("text without a charset, or with an unknown one, is UTF-8 when it can be, else windows-1252")
    void undeclaredCharset() {
        assertThat(decode("Grüße aus Köln".getBytes(StandardCharsets.UTF_8), null)).isEqualTo("Grüße aus Köln");
        assertThat(decode("Grüße aus Köln".getBytes(StandardCharsets.UTF_8), "x-unknown-charset"))
                .isEqualTo("Grüße aus Köln");
        assertThat(decode("Grüße aus Köln".getBytes(StandardCharsets.ISO_8859_1), "us-ascii"))
                .isEqualTo("Grüße aus Köln");
    }

    @Test
    @DisplayName("a declared charset other than ASCII and Latin-1 is trusted")
    void declaredCharset() {
        assertThat(decode("Привет".getBytes(Charset.forName("KOI8-R")), "koi8-r")).isEqualTo("Привет");
        assertThat(decode("Ça va ?".getBytes(StandardCharsets.UTF_16BE), "UTF-16BE")).isEqualTo("Ça va ?");
    }

    @Test
    @DisplayName("RFC 2047 words in B and Q encodings, in several charsets, are decoded in From, To and Subject")
    void encodedWords() throws MailException {
        ContactRequest request = Fixtures.parse("""
                From: =?ISO-8859-1?Q?Andr=E9?= =?UTF-8?B?TcO8bGxlcg==?= <andre@example.org>
                To: "=?windows-1252?Q?Ren=E9e_Fran=E7ois?=" <renee@example.fr>
                Subject: =?UTF-8?Q?Rencontre_au_salon_?=
                 =?UTF-8?Q?=E2=80=93_suite?= and plain words
                Content-Type: text/plain; charset=utf-8

                Bonjour Renée, nous nous sommes rencontrés au salon.
                """);

        assertThat(request.sender().name()).isEqualTo("AndréMüller");
        assertThat(request.recipient().name()).isEqualTo("Renée François");
        assertThat(request.subject()).isEqualTo("Rencontre au salon – suite and plain words");
    }
}
