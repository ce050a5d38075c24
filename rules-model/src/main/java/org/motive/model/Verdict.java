package org.motive.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/** The answer to "is this request motivated?". */
public enum Verdict {
    /** The request says where the contact comes from and what it is for. */
    ACCEPT,
    /** Something is missing; the reply draft asks for it. */
    CLARIFY,
    /** Not motivated: no origin and no purpose, a mass pitch, or a recommendation asked by a stranger. */
    DECLINE;

    @JsonCreator
    public static Verdict fromWire(String value) {
        return WireEnums.parse(Verdict.class, value);
    }
}
