package org.motive.benchmarks;

import java.util.Objects;
import org.motive.analysis.Analysis;
import org.motive.analysis.Signal;
import org.motive.model.CrmContext;
import org.motive.model.Verdict;

/**
 * The default etiquette policy written by hand in Java: the same signals in, the same verdict out
 * as the rules pack, rows 1 to 8 of the policy, first match wins. It exists to put a price on the
 * rule engine: what business users gain by editing rules costs the ratio between this and the
 * Drools evaluation. It is not a second implementation to use; a changed pack makes it wrong.
 *
 * <pre>{@code
 * HandCodedPolicy.Outcome o = new HandCodedPolicy(200).decide(analysis, request.contextOrNone());
 * }</pre>
 */
public final class HandCodedPolicy {

    /** The policy's default threshold for {@code length.long}. */
    public static final int DEFAULT_LONG_MESSAGE_WORDS = 200;

    /** The verdict and the policy row that gave it, named as in the pack's verdict table. */
    public record Outcome(Verdict verdict, String row) {
        public Outcome {
            Objects.requireNonNull(verdict, "verdict");
            Objects.requireNonNull(row, "row");
        }
    }

    private static final Outcome EMPTY_OR_TEMPLATE = new Outcome(Verdict.DECLINE, "empty-or-template");
    private static final Outcome RECOMMENDATION_STRANGER = new Outcome(Verdict.DECLINE, "recommendation-stranger");
    private static final Outcome MASS_PITCH = new Outcome(Verdict.DECLINE, "mass-pitch");
    private static final Outcome NO_ORIGIN_NO_PURPOSE = new Outcome(Verdict.DECLINE, "no-origin-no-purpose");
    private static final Outcome LONG_OR_RECITAL = new Outcome(Verdict.CLARIFY, "long-or-recital");
    private static final Outcome MOTIVATED = new Outcome(Verdict.ACCEPT, "motivated");
    private static final Outcome ORIGIN_WITHOUT_PURPOSE = new Outcome(Verdict.CLARIFY, "origin-without-purpose");
    private static final Outcome PURPOSE_WITHOUT_ORIGIN = new Outcome(Verdict.CLARIFY, "purpose-without-origin");

    private final int longMessageWords;

    public HandCodedPolicy(int longMessageWords) {
        if (longMessageWords < 0) {
            throw new IllegalArgumentException("longMessageWords must be 0 or more, was " + longMessageWords);
        }
        this.longMessageWords = longMessageWords;
    }

    public Outcome decide(Analysis analysis, CrmContext context) {
        boolean past = false;
        boolean referral = false;
        boolean interest = false;
        boolean future = false;
        boolean ask = false;
        boolean nextStep = false;
        boolean template = false;
        boolean empty = false;
        boolean recommendation = false;
        boolean commercial = false;
        boolean recital = false;
        for (Signal signal : analysis.signals()) {
            switch (signal.name()) {
                case "origin.past" -> past = true;
                case "origin.referral" -> referral = true;
                case "origin.interest" -> interest = true;
                case "origin.future" -> future = true;
                case "purpose.ask" -> ask = true;
                case "purpose.nextStep" -> nextStep = true;
                case "template.generic" -> template = true;
                case "content.empty" -> empty = true;
                case "request.recommendation" -> recommendation = true;
                case "pitch.commercial" -> commercial = true;
                case "profile.recital" -> recital = true;
                default -> {
                    // greeting, signoff and the rest decide nothing in the policy's rows.
                }
            }
        }
        // A message without a single word is empty even when the analysis did not say so.
        empty |= analysis.words() == 0;
        boolean knownContact = context != null && context.isKnownContact();
        boolean relationshipNone = !past && !referral && !knownContact;
        boolean massPitch = commercial && relationshipNone;
        boolean longMessage = analysis.words() > longMessageWords;
        boolean origin = past || referral || interest || future || knownContact;
        boolean purpose = ask || nextStep;

        if ((empty || template) && !origin && !purpose) {
            return EMPTY_OR_TEMPLATE;
        }
        if (recommendation && relationshipNone) {
            return RECOMMENDATION_STRANGER;
        }
        if (massPitch) {
            return MASS_PITCH;
        }
        if (!origin && !purpose) {
            return NO_ORIGIN_NO_PURPOSE;
        }
        if (origin && purpose) {
            return longMessage || recital ? LONG_OR_RECITAL : MOTIVATED;
        }
        return origin ? ORIGIN_WITHOUT_PURPOSE : PURPOSE_WITHOUT_ORIGIN;
    }
}
