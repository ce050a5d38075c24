package org.motive.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motive.model.Channel;
import org.motive.model.ContactRequest;
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
        assertThat(request.receivedAt()).isNotNull();
        assertThat(Fixtures.motive().evaluate(request).verdict()).isEqualTo(Verdict.DECLINE);
    }
}
