package org.motive.mail.box;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motive.model.Verdict;

@DisplayName("the motive.mail settings")
class MailboxConfigTest {

    private static Properties settings(String... pairs) {
        Properties p = new Properties();
        for (int i = 0; i < pairs.length; i += 2) {
            p.setProperty("motive.mail." + pairs[i], pairs[i + 1]);
        }
        return p;
    }

    @Test
    @DisplayName("an IMAP mailbox defaults to the inbox, the keyword action and no reply sent")
    void defaults() {
        MailboxConfig c = MailboxConfig.from(settings("url", "imaps://mail.example.org", "username", "paul",
                "password", "pw"), name -> null);
        assertThat(c.port()).isEqualTo(993);
        assertThat(c.folder()).isEqualTo("INBOX");
        assertThat(c.actions()).containsExactly(MailboxConfig.Action.KEYWORD);
        assertThat(c.verdictFolders()).containsEntry(Verdict.CLARIFY, "Motive/Clarify");
        assertThat(c.draftsFolder()).isEqualTo("Drafts");
        assertThat(c.autoReply()).isFalse();
        assertThat(c.mailbox()).isEqualTo("imaps://paul@mail.example.org:993/INBOX");
    }

    @Test
    @DisplayName("the password comes from MOTIVE_MAIL_PASSWORD when the file has none")
    void passwordFromEnvironment() {
        MailboxConfig c = MailboxConfig.from(settings("url", "imap://h", "username", "paul"),
                Map.of("MOTIVE_MAIL_PASSWORD", "from-env")::get);
        assertThat(c.password()).isEqualTo("from-env");
    }

    @Test
    @DisplayName("a missing password, an unknown action or a POP3 mailbox with folders are refused by name")
    void refused() {
        assertThatThrownBy(() -> MailboxConfig.from(settings("url", "imap://h", "username", "u"), n -> null))
                .hasMessageContaining("MOTIVE_MAIL_PASSWORD");
        assertThatThrownBy(() -> MailboxConfig.from(settings("url", "imap://h", "username", "u", "password", "p",
                "actions", "keyword,archive"), n -> null))
                .hasMessageContaining("motive.mail.actions").hasMessageContaining("archive");
        assertThatThrownBy(() -> MailboxConfig.from(settings("url", "pop3://h", "username", "u", "password", "p",
                "actions", "move"), n -> null))
                .hasMessageContaining("POP3");
        assertThatThrownBy(() -> MailboxConfig.from(settings("username", "u"), n -> null))
                .hasMessageContaining("motive.mail.url");
    }

    @Test
    @DisplayName("a POP3 mailbox does nothing on the server by default")
    void pop3() {
        MailboxConfig c = MailboxConfig.from(settings("url", "pop3://h", "username", "u", "password", "p"),
                n -> null);
        assertThat(c.actions()).isEmpty();
        assertThat(c.port()).isEqualTo(110);
    }
}
