package org.motive.mail.box;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mail.MailEndpoint;
import org.apache.camel.util.TimeUtils;

/**
 * The route that decides a mailbox: the camel-mail consumer reads each message without marking it
 * read or deleting it, {@link DecideStep} decides and stores it, {@link ActStep} appends the reply
 * draft, sends the reply and sets the keyword, and {@link AfterCommit} keeps it unread and moves it
 * once the consumer is done with it. A server failure during a poll makes the consumer back off
 * ({@code backoffErrorThreshold}, {@code backoffMultiplier}); a failure inside the route is
 * redelivered with exponential backoff; what is not stored or not done is taken again at the next
 * poll.
 */
final class MailboxRoute extends RouteBuilder {

    static final String ROUTE_ID = "motive-mail";

    private final MailboxConfig config;
    private final DecideStep decide;
    private final ActStep act;
    private final MailboxActions actions;

    MailboxRoute(MailboxConfig config, DecideStep decide, ActStep act, MailboxActions actions) {
        this.config = config;
        this.decide = decide;
        this.act = act;
        this.actions = actions;
    }

    @Override
    public void configure() {
        errorHandler(defaultErrorHandler()
                .maximumRedeliveries(config.retries())
                .redeliveryDelay(config.retryDelay())
                .useExponentialBackOff()
                .backOffMultiplier(2)
                .retryAttemptedLogLevel(LoggingLevel.WARN));

        MailEndpoint endpoint = getContext().getEndpoint(uri(), MailEndpoint.class);
        // Set here rather than in the URI, so that the password never appears in a URI or a log.
        endpoint.getConfiguration().setPassword(config.password());
        // After each batch, close the folder without expunging; the next poll opens it again. A
        // message moved away stays in an open folder's message list, marked expunged, and would
        // fail the next poll; and the consumer's own close expunges every message flagged deleted,
        // the user's too.
        endpoint.setSearchTerm(actions.pending());
        endpoint.setPostProcessAction(folder -> {
            if (folder.isOpen()) {
                folder.close(false);
            }
        });
        from(endpoint).routeId(ROUTE_ID)
                .process(decide)
                .process(act);
    }

    String uri() {
        return config.protocol() + "://" + config.host() + ":" + config.port()
                + "?username=" + raw(config.username())
                + "&folderName=" + raw(config.folder())
                // Leave the mailbox as the user has it: nothing read, nothing deleted, and every
                // message considered, read or not; the idempotent repository skips decided ones.
                + "&peek=true&delete=false&unseen=false"
                + "&mapMailMessage=false"
                // The consumer's close expunges, which would remove messages the user marked
                // deleted but kept; the folder is closed without expunging after each batch instead.
                + "&closeFolder=false"
                + "&connectionTimeout=10000"
                + "&initialDelay=0"
                + "&delay=" + TimeUtils.toMilliSeconds(config.pollDelay())
                + "&maxMessagesPerPoll=" + config.maxMessagesPerPoll()
                + "&backoffErrorThreshold=" + config.backoffErrorThreshold()
                + "&backoffMultiplier=" + config.backoffMultiplier();
    }

    private static String raw(String value) {
        return value.contains(")") ? "RAW{" + value + "}" : "RAW(" + value + ")";
    }
}
