package org.motive.mail.dovecot;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Folder;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A Dovecot server started for a test")
class DovecotTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("serves the messages delivered to its user over IMAP")
    void servesDeliveredMail() throws Exception {
        try (Dovecot dovecot = Dovecot.start(dir)) {
            dovecot.deliver("invitation", Files.readAllBytes(Path.of("src/test/resources/mail/linkedin-invitation-2016.eml")));
            Store store = Session.getInstance(new Properties()).getStore("imap");
            store.connect("127.0.0.1", dovecot.port(), Dovecot.USER, Dovecot.PASSWORD);
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                assertThat(inbox.getMessageCount()).isEqualTo(1);
                assertThat(inbox.getMessage(1).getFrom()[0].toString()).contains("invitations@linkedin.com");
                inbox.close(false);
            } finally {
                store.close();
            }
        }
    }
}
