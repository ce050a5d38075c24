package org.motive.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.motive.model.ContactRequest;
import org.motive.model.Decision;

/**
 * The malformed and unusual messages that mime4j tests itself with (its {@code tests} jar): each
 * one must become a request that Motive decides, or a MailException that says why, never any
 * other exception.
 */
class Mime4jSampleMessagesTest {

    private static final List<String> FOLDERS = List.of("mimetools-testmsgs", "testmsgs");

    static Stream<Arguments> messages() throws IOException, URISyntaxException {
        URL marker = Mime4jSampleMessagesTest.class.getResource("/mimetools-testmsgs/README.txt");
        assertThat(marker).as("apache-mime4j-core tests jar on the test class path").isNotNull();
        String jar = marker.toString().substring(0, marker.toString().indexOf("!/"));
        List<Arguments> messages = new ArrayList<>();
        try (FileSystem zip = FileSystems.newFileSystem(new URI(jar), Map.of())) {
            for (String folder : FOLDERS) {
                try (Stream<Path> files = Files.list(zip.getPath(folder))) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".msg")).sorted().toList()) {
                        messages.add(Arguments.of(folder + "/" + file.getFileName(), Files.readAllBytes(file)));
                    }
                }
            }
        }
        return messages.stream();
    }

    @Test
    @DisplayName("the mime4j test set holds the 80 sample messages")
    void theSetIsThere() throws Exception {
        assertThat(messages()).hasSize(80);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    @DisplayName("a sample message becomes a decided request or a MailException with a message")
    void readsOrExplains(String name, byte[] bytes) {
        ContactRequest request;
        try {
            request = Fixtures.READER.read(new ByteArrayInputStream(bytes));
        } catch (MailException e) {
            assertThat(e.getMessage()).as(name).isNotBlank();
            return;
        }
        assertThat(request.id()).as(name).isNotBlank();
        Decision decision = Fixtures.motive().evaluate(request);
        assertThat(decision.verdict()).as(name).isNotNull();
        assertThat(decision.requestId()).isEqualTo(request.id());
    }
}
