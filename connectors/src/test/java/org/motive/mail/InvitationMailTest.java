package org.motive.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.motive.model.Channel;
import org.motive.model.ContactRequest;
import org.motive.model.Decision;
import org.motive.model.Kind;
import org.motive.model.Verdict;

class InvitationMailTest {

    @Test
    @DisplayName("the real 2016 LinkedIn notification is the inviter's invitation with the default line, and is declined")
    void linkedIn2016() throws MailException {
        ContactRequest request = Fixtures.read("linkedin-invitation-2016.eml");

        assertThat(request.channel()).isEqualTo(Channel.LINKEDIN);
        assertThat(request.kind()).isEqualTo(Kind.CONNECTION);
        assertThat(request.id()).isEqualTo("997770868.3756094.1459635211566.JavaMail.app@lva1-app3333.prod.linkedin.com");
        assertThat(request.sender().name()).isEqualTo("Steven Footle");
        assertThat(request.sender().headline())
                .isEqualTo("Principal Test Architect and Agile Leader - Certified ScrumMaster");
        assertThat(request.sender().profileUrl()).startsWith("https://www.linkedin.com/comm/profile/view?id=");
        assertThat(request.sender().email()).isNull();
        assertThat(request.recipient().name()).isEqualTo("Paul Hammant");
        assertThat(request.message()).isEqualTo("I'd like to join your LinkedIn network.");
        assertThat(request.receivedAt()).isEqualTo(java.time.Instant.parse("2016-04-04T22:13:31Z"));
        assertThat(Fixtures.motive().evaluate(request).verdict()).isEqualTo(Verdict.DECLINE);
    }

    static Stream<Arguments> notifications() {
        return Stream.of(
                Arguments.of("linkedin-en-note.eml", Channel.LINKEDIN, "Anna Schmidt", "Head of Sales at Sensorik AG",
                        "https://www.linkedin.com/comm/in/anna-schmidt-sensorik",
                        "Hi Eva, we spoke at the Hannover Messe on Tuesday about sensor kits for your packaging lines."
                                + " As promised, I'd like to send you our test results and set up a 20-minute call"
                                + " next week.", Verdict.ACCEPT),
                Arguments.of("linkedin-de-default.eml", Channel.LINKEDIN, "Markus Engel",
                        "Key Account Manager bei Papyrotec GmbH", "https://www.linkedin.com/comm/in/markus-engel-papyrotec",
                        "Ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.", Verdict.DECLINE),
                Arguments.of("linkedin-fr-html-note.eml", Channel.LINKEDIN, "Claire Martin",
                        "Consultante RH chez Talents & Co", "https://www.linkedin.com/comm/in/claire-martin-rh",
                        "Bonjour Jean, nous nous sommes rencontrés au salon VivaTech en juin sur le stand de Station F."
                                + " Je prépare une table ronde sur le recrutement tech à Lyon le 12 janvier :"
                                + " accepteriez-vous d'y intervenir ?", Verdict.ACCEPT),
                Arguments.of("xing-de-note.eml", Channel.XING, "Anna Müller", "Leiterin Einkauf bei Müller Logistik GmbH",
                        "https://www.xing.com/profile/Anna_Mueller42",
                        "Guten Tag Herr Weber, wir haben uns letzte Woche auf der LogiMAT in Stuttgart an Ihrem Stand"
                                + " über fahrerlose Transportsysteme unterhalten. Ich würde das Gespräch gerne bei einem"
                                + " Termin in Ihrem Werk fortsetzen – passt Ihnen der 3. Dezember?", Verdict.ACCEPT),
                Arguments.of("xing-en-default.eml", Channel.XING, "Daniel Weiss", "Data Architect at Nordlicht Analytics",
                        "https://www.xing.com/profile/Daniel_Weiss7", "I'd like to add you to my XING contacts.",
                        Verdict.DECLINE),
                Arguments.of("xing-fr-note.eml", Channel.XING, "Lukas Braun",
                        "Directeur technique chez Braun Verpackung GmbH", "https://www.xing.com/profile/Lukas_Braun3",
                        "Bonjour Madame Durand, vous étiez à ma table au dîner de la Chambre franco-allemande à"
                                + " Strasbourg jeudi. Je vous envoie comme promis le cahier des charges de notre usine"
                                + " de Kehl ; pourrions-nous nous appeler mardi ?", Verdict.ACCEPT),
                Arguments.of("viadeo-fr-note.eml", Channel.VIADEO, "Sophie Garnier",
                        "Directrice de projet chez Ouest Numérique", "https://www.viadeo.com/p/sophie.garnier",
                        "Bonjour Jean, nous avons travaillé ensemble chez Capgemini à Nantes en 2019 sur le projet de"
                                + " la CAF. Je monte une équipe pour une mission Java à Rennes : seriez-vous disponible"
                                + " pour en discuter lundi ?", Verdict.ACCEPT),
                Arguments.of("viadeo-en-default.eml", Channel.VIADEO, "Omar Haddad", "Business Developer at DataWorks",
                        "https://www.viadeo.com/p/omar.haddad", "I would like to add you to my professional network.",
                        Verdict.DECLINE),
                Arguments.of("viadeo-de-note.eml", Channel.VIADEO, "Lena Hoffmann",
                        "Geschäftsführerin bei Bioküche Rheinland", "https://www.viadeo.com/p/lena.hoffmann",
                        "Hallo Frau Wagner, Stefan Krüger von der IHK Köln hat mir Ihren Namen gegeben. Wir liefern"
                                + " Bio-Menüs an Schulen in Köln; darf ich Ihnen nächste Woche ein Probeessen für Ihre"
                                + " Kantine vorbeibringen?", Verdict.ACCEPT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notifications")
    @DisplayName("a network notification becomes the inviter's invitation with the quoted note, or the default line")
    void notification(String fixture, Channel channel, String inviter, String headline, String profile, String note,
                      Verdict verdict) throws MailException {
        ContactRequest request = Fixtures.read(fixture);

        assertThat(request.channel()).isEqualTo(channel);
        assertThat(request.kind()).isEqualTo(Kind.CONNECTION);
        assertThat(request.sender().name()).isEqualTo(inviter);
        assertThat(request.sender().headline()).isEqualTo(headline);
        assertThat(request.sender().profileUrl()).startsWith(profile);
        assertThat(request.message()).isEqualTo(note);
        assertThat(Fixtures.motive().evaluate(request).verdict()).isEqualTo(verdict);
    }

    @Test
    @DisplayName("a LinkedIn e-mail without an invitation header is an ordinary e-mail, not an invitation")
    void linkedInNonInvitation() throws MailException {
        ContactRequest request = Fixtures.read("linkedin-not-invitation.eml");

        assertThat(request.channel()).isEqualTo(Channel.EMAIL);
        assertThat(request.kind()).isNull();
        assertThat(request.message()).doesNotContain("Unsubscribe");
    }

    @Test
    @DisplayName("the network is known by its sender, not by the subject: an invitation-like subject from elsewhere is an e-mail")
    void subjectDoesNotMakeAnInvitation() throws MailException {
        ContactRequest request = Fixtures.parse("""
                From: Anna Schmidt <anna@sensorik.example>
                To: Eva Novak <eva@example.com>
                Subject: Eva, please add me to your LinkedIn network
                X-LinkedIn-Class: INVITE-MBR

                Hi Eva, we met at the Hannover Messe. Could we talk next week?
                """);

        assertThat(request.channel()).isEqualTo(Channel.EMAIL);
        assertThat(request.sender().email()).isEqualTo("anna@sensorik.example");
    }

    @Test
    @DisplayName("a Xing sender on a subdomain and a Viadeo sender on any address are recognised")
    void senderDomains() throws MailException {
        String body = "\n\nHallo,\n\nBernd Kraus möchte Sie als Kontakt hinzufügen.\n";
        assertThat(Fixtures.parse("From: XING <no-reply@xing.com>" + body).channel()).isEqualTo(Channel.XING);
        assertThat(Fixtures.parse("From: XING <mailrobot@mail.xing.com>" + body).channel()).isEqualTo(Channel.XING);
        assertThat(Fixtures.parse("From: Viadeo <invitations@eu.viadeo.com>" + body).channel()).isEqualTo(Channel.VIADEO);
        assertThat(Fixtures.parse("From: Fake <mailrobot@notxing.com>" + body).channel()).isEqualTo(Channel.EMAIL);
    }

    @Test
    @DisplayName("the inviter is read from the body when the sender is the network, with or without a greeting line")
    void inviterFromBody() throws MailException {
        String head = "From: XING <mailrobot@mail.xing.com>\nTo: Thomas Weber <t.weber@example.de>\n\n";

        assertThat(Fixtures.parse(head + "Hallo Herr Weber,\n\nAnna Müller möchte Sie als Kontakt hinzufügen.\n")
                .sender().name()).isEqualTo("Anna Müller");
        assertThat(Fixtures.parse(head + "Anna Müller möchte Sie als Kontakt hinzufügen.\n").sender().name())
                .isEqualTo("Anna Müller");
        assertThat(Fixtures.parse(head + "Guten Tag Thomas Weber\nBernd von der Heide möchte sich vernetzen.\n")
                .sender().name()).isEqualTo("Bernd von der Heide");
    }

    @Test
    @DisplayName("every network's default line, in every language, is declined as a template")
    void defaultLinesAreDeclined() {
        List<String> notDeclined = new ArrayList<>();
        for (InvitationReader.Network network : InvitationReader.BUILT_IN.networks()) {
            network.defaultLines().forEach((language, line) -> {
                ContactRequest request = new ContactRequest("default-" + network.channel() + "-" + language,
                        network.channel(), Kind.CONNECTION, null, null, null, null, null, line, null);
                Decision decision = Fixtures.motive().evaluate(request);
                if (decision.verdict() != Verdict.DECLINE) {
                    notDeclined.add(network.channel() + "/" + language + ": " + decision.verdict());
                }
            });
        }
        assertThat(notDeclined).isEmpty();
    }

    @Test
    @DisplayName("a note is the quoted block after a label, whatever the quotation marks of the language")
    void quotedNote() {
        assertThat(InvitationReader.quotedNote("Nachricht:\n„Guten Tag,\n  wir kennen uns.“\nAnna"))
                .isEqualTo("Guten Tag,\nwir kennen uns.");
        assertThat(InvitationReader.quotedNote("Message :\u00A0«\u00A0Bonjour : une question ?\u00A0»"))
                .isEqualTo("Bonjour : une question ?");
        assertThat(InvitationReader.quotedNote("Note: \"Hi Eva, nice to meet you.\"")).isEqualTo("Hi Eva, nice to meet you.");
        assertThat(InvitationReader.quotedNote("Note: “Hi Eva.”")).isEqualTo("Hi Eva.");
        assertThat(InvitationReader.quotedNote("He said \"hello\" to you.")).isNull();
    }
}
