package org.motive.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motive.model.Channel;
import org.motive.model.ContactRequest;
import org.motive.model.Decision;
import org.motive.model.Verdict;
import org.motive.pack.PackLoader;

/** The component in a real Camel context, found by its scheme alone, as an application would use it. */
class MotiveComponentTest {

    private static final String MOTIVATED = "Hello Paul, we met last week at the Devoxx conference in Antwerp where"
            + " you gave the talk on contract testing. I lead the QA team at Acme and we would like to adopt"
            + " your approach; could we have a 20-minute call next Tuesday to ask you two questions about it?"
            + " Best regards, Anna";

    @TempDir
    static Path dir;

    private static CamelContext camel;
    private static ProducerTemplate template;

    @BeforeAll
    static void start() throws Exception {
        Path pack = PackLoader.builtInFiles().writeTo(dir.resolve("pack"));
        Path manifest = pack.resolve("pack.yaml");
        String text = Files.readString(manifest);
        assertThat(text).contains("version: 1.0.0");
        Files.writeString(manifest, text.replace("version: 1.0.0", "version: 7.3.0"));

        camel = new DefaultCamelContext();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:in").to("motive:evaluate").to("mock:out");
                from("direct:fr").to("motive:evaluate?language=fr").to("mock:fr");
                from("direct:pack").to("motive:evaluate?rules=" + pack).to("mock:pack");
            }
        });
        PluginHelper.getRoutesLoader(camel)
                .loadRoutes(ResourceHelper.resolveMandatoryResource(camel, "classpath:camel/motive.camel.yaml"));
        camel.start();
        template = camel.createProducerTemplate();
    }

    @AfterAll
    static void stop() {
        camel.stop();
    }

    @BeforeEach
    void resetMocks() {
        MockEndpoint.resetMocks(camel);
    }

    private static Exchange send(String uri, Object body) {
        return template.send(uri, exchange -> exchange.getIn().setBody(body));
    }

    private static Decision decisionAt(String mock) {
        MockEndpoint endpoint = camel.getEndpoint(mock, MockEndpoint.class);
        assertThat(endpoint.getReceivedExchanges()).hasSize(1);
        return endpoint.getReceivedExchanges().get(0).getMessage().getBody(Decision.class);
    }

    @Test
    @DisplayName("a contact request in the body leaves its decision as the body, with the verdict in the headers")
    void contactRequest() {
        Exchange exchange = send("direct:in", ContactRequest.of("r1", MOTIVATED).withLanguage("en"));
        assertThat(exchange.getException()).isNull();
        Decision decision = decisionAt("mock:out");
        assertThat(decision.requestId()).isEqualTo("r1");
        var headers = exchange.getMessage().getHeaders();
        assertThat(headers).containsEntry(MotiveHeaders.VERDICT, decision.verdict().name())
                .containsEntry(MotiveHeaders.DECIDED_BY, decision.decidedBy())
                .containsEntry(MotiveHeaders.RULES_VERSION, decision.rulesVersion())
                .containsEntry(MotiveHeaders.SCORE, decision.score())
                .containsEntry(MotiveHeaders.LANGUAGE, "en")
                .containsEntry(MotiveHeaders.HAS_REPLY, decision.reply() != null && !decision.reply().isBlank());
        assertThat(decision.rulesVersion()).startsWith("1.0.0-");
    }

    @Test
    @DisplayName("the JSON of one request, as text, bytes or a stream, is read and decided")
    void json() {
        String json = """
                {
                  "id": "j1",
                  "channel": "email",
                  "message": "%s"
                }
                """.formatted(MOTIVATED);
        send("direct:in", json);
        assertThat(decisionAt("mock:out").request().channel()).isEqualTo(Channel.EMAIL);
        MockEndpoint.resetMocks(camel);
        send("direct:in", json.getBytes(StandardCharsets.UTF_8));
        assertThat(decisionAt("mock:out").requestId()).isEqualTo("j1");
        MockEndpoint.resetMocks(camel);
        send("direct:in", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertThat(decisionAt("mock:out").requestId()).isEqualTo("j1");
    }

    @Test
    @DisplayName("the raw bytes of a LinkedIn invitation, with MotiveInput=mail, are declined as a linkedin request")
    void rawMail() throws Exception {
        byte[] eml = resource("mail/linkedin-invitation-2016.eml");
        Exchange exchange = template.send("direct:in", e -> {
            e.getIn().setHeader(MotiveHeaders.INPUT, MotiveHeaders.INPUT_MAIL);
            e.getIn().setBody(eml);
        });
        assertThat(exchange.getException()).isNull();
        Decision decision = decisionAt("mock:out");
        assertThat(decision.request().channel()).isEqualTo(Channel.LINKEDIN);
        assertThat(decision.verdict()).isEqualTo(Verdict.DECLINE);
        assertThat(exchange.getMessage().getHeader(MotiveHeaders.VERDICT)).isEqualTo("DECLINE");
    }

    @Test
    @DisplayName("a Jakarta Mail message is read as an e-mail without any header")
    void jakartaMessage() throws Exception {
        MimeMessage message;
        try (InputStream in = new ByteArrayInputStream(resource("mail/linkedin-invitation-2016.eml"))) {
            message = new MimeMessage(Session.getInstance(new Properties()), in);
        }
        send("direct:in", message);
        Decision decision = decisionAt("mock:out");
        assertThat(decision.request().channel()).isEqualTo(Channel.LINKEDIN);
        assertThat(decision.verdict()).isEqualTo(Verdict.DECLINE);
    }

    @Test
    @DisplayName("the language option decides every request in that language")
    void languageOption() {
        Exchange exchange = send("direct:fr", ContactRequest.of("f1", MOTIVATED));
        assertThat(decisionAt("mock:fr").language()).isEqualTo("fr");
        assertThat(exchange.getMessage().getHeader(MotiveHeaders.LANGUAGE)).isEqualTo("fr");
    }

    @Test
    @DisplayName("the rules option decides with the pack folder given, whose version the decision shows")
    void rulesOption() {
        Exchange exchange = send("direct:pack", ContactRequest.of("p1", MOTIVATED).withLanguage("en"));
        assertThat(decisionAt("mock:pack").rulesVersion()).startsWith("7.3.0-");
        assertThat(exchange.getMessage().getHeader(MotiveHeaders.RULES_VERSION, String.class)).startsWith("7.3.0-");
    }

    @Test
    @DisplayName("JSON without a message fails the exchange with an error naming the field, and goes no further")
    void jsonMissingField() {
        Exchange exchange = send("direct:in", "{\"id\": \"bad\", \"message\": 42}");
        assertThat(exchange.getException()).isInstanceOf(UnreadableRequestException.class)
                .hasMessage("unreadable request: field 'message': 'message' must be a string, found number");
        assertThat(((UnreadableRequestException) exchange.getException()).field()).isEqualTo("message");
        assertThat(camel.getEndpoint("mock:out", MockEndpoint.class).getReceivedExchanges()).isEmpty();
    }

    @Test
    @DisplayName("malformed JSON fails the exchange with an error saying so")
    void malformedJson() {
        Exchange exchange = send("direct:in", "{\"id\": \"bad\", \"message\": ");
        assertThat(exchange.getException()).isInstanceOf(UnreadableRequestException.class)
                .hasMessageContaining("field '$'").hasMessageContaining("malformed JSON");
    }

    @Test
    @DisplayName("an e-mail without text fails the exchange with the mail reader's reason")
    void mailWithoutText() {
        byte[] eml = """
                From: a@example.org
                To: b@example.org
                Subject: photo
                MIME-Version: 1.0
                Content-Type: image/jpeg
                Content-Transfer-Encoding: base64

                /9j/4AAQSkZJRgABAQ==
                """.replace("\n", "\r\n").getBytes(StandardCharsets.US_ASCII);
        Exchange exchange = template.send("direct:in", e -> {
            e.getIn().setHeader(MotiveHeaders.INPUT, MotiveHeaders.INPUT_MAIL);
            e.getIn().setBody(eml);
        });
        assertThat(exchange.getException()).isInstanceOf(UnreadableRequestException.class)
                .hasMessageStartingWith("unreadable e-mail: no text");
    }

    @Test
    @DisplayName("a body of another type fails the exchange and says which bodies are understood")
    void unknownBody() {
        Exchange exchange = send("direct:in", 42);
        assertThat(exchange.getException()).isInstanceOf(UnreadableRequestException.class)
                .hasMessageContaining("java.lang.Integer").hasMessageContaining("MotiveInput=mail");
    }

    @Test
    @DisplayName("a YAML route decides with the options of its URI")
    void yamlRoute() {
        Exchange exchange = send("direct:yaml", "{\"id\": \"y1\", \"message\": \"" + MOTIVATED + "\"}");
        assertThat(exchange.getException()).isNull();
        Decision decision = decisionAt("mock:yaml");
        assertThat(decision.requestId()).isEqualTo("y1");
        assertThat(decision.language()).isEqualTo("fr");
        assertThat(exchange.getMessage().getHeader(MotiveHeaders.VERDICT)).isEqualTo(decision.verdict().name());
    }

    @Test
    @DisplayName("an unusable pack folder fails the start of the route with the pack's problems")
    void brokenPack() throws Exception {
        Path broken = PackLoader.builtInFiles().writeTo(dir.resolve("broken"));
        Files.writeString(broken.resolve("pack.yaml"), "name: broken\nversion: [\n");
        try (CamelContext other = new DefaultCamelContext()) {
            other.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:broken").to("motive:evaluate?rules=" + broken);
                }
            });
            assertThatThrownBy(other::start).hasStackTraceContaining("the rules pack " + broken + " cannot be used: ")
                    .hasStackTraceContaining("pack.yaml");
        }
    }

    @Test
    @DisplayName("an unknown operation or option is refused when the route is built")
    void unknownOperation() throws Exception {
        try (CamelContext other = new DefaultCamelContext()) {
            assertThatThrownBy(() -> other.getEndpoint("motive:classify"))
                    .hasStackTraceContaining("unknown operation 'classify'");
            assertThatThrownBy(() -> other.getEndpoint("motive:evaluate?lang=fr"))
                    .hasStackTraceContaining("lang");
        }
    }

    @Test
    @DisplayName("the README's route decides the .eml files of a folder")
    void readmeRoute() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Files.write(inbox.resolve("invitation.eml"), resource("mail/linkedin-invitation-2016.eml"));
        try (CamelContext other = new DefaultCamelContext()) {
            other.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("file:" + inbox + "?noop=true&include=.*\\.eml")
                        .setHeader("MotiveInput", constant("mail"))
                        .to("motive:evaluate")
                        .choice()
                            .when(header("MotiveVerdict").isEqualTo("DECLINE")).to("mock:declined")
                            .otherwise().to("mock:answer");
                }
            });
            MockEndpoint declined = other.getEndpoint("mock:declined", MockEndpoint.class);
            declined.expectedMessageCount(1);
            other.start();
            declined.assertIsSatisfied(10_000);
            assertThat(declined.getReceivedExchanges().get(0).getMessage().getBody(Decision.class).request().channel())
                    .isEqualTo(Channel.LINKEDIN);
        }
    }

    private static byte[] resource(String name) throws Exception {
        try (InputStream in = MotiveComponentTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
