package org.motive.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What the sender asks for. Inferred from the message when the source does not say. */
public enum Kind {
    CONNECTION, RECOMMENDATION, INTRODUCTION, MEETING, OTHER;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Kind fromWire(String value) {
        return WireEnums.parse(Kind.class, value);
    }
}
