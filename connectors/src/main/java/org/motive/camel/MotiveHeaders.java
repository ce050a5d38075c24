package org.motive.camel;

/**
 * The headers of the {@code motive:} component. {@link #INPUT} is read: {@code mail} makes raw bytes
 * (or a stream) an e-mail rather than JSON. The others are written by {@code motive:evaluate}, next
 * to the {@link org.motive.model.Decision} left as the body.
 *
 * <pre>{@code
 * from("file:inbox?include=.*\\.eml").setHeader(MotiveHeaders.INPUT, constant("mail"))
 *     .to("motive:evaluate")
 *     .choice().when(header(MotiveHeaders.VERDICT).isEqualTo("DECLINE")).to("direct:declined");
 * }</pre>
 */
public final class MotiveHeaders {

    /** {@code mail}: the body is an e-mail message ({@code .eml} bytes); JSON otherwise. */
    public static final String INPUT = "MotiveInput";
    /** The value of {@link #INPUT} for an e-mail. */
    public static final String INPUT_MAIL = "mail";

    /** {@code ACCEPT}, {@code CLARIFY} or {@code DECLINE}. */
    public static final String VERDICT = "MotiveVerdict";
    /** The id of the rule that decided. */
    public static final String DECIDED_BY = "MotiveDecidedBy";
    /** The exact rule set that decided, {@code <pack version>-<content hash>}. */
    public static final String RULES_VERSION = "MotiveRulesVersion";
    /** The score, a {@code Double}. */
    public static final String SCORE = "MotiveScore";
    /** The language the request was read in. */
    public static final String LANGUAGE = "MotiveLanguage";
    /** {@code true} when the decision carries a reply draft. */
    public static final String HAS_REPLY = "MotiveHasReply";

    private MotiveHeaders() {
    }
}
