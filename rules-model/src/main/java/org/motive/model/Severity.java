package org.motive.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How much a finding weighs in the explanation: {@code info} for what is there, the others for what is wrong. */
public enum Severity {
    INFO, MINOR, MAJOR, WARNING;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Severity fromWire(String value) {
        return WireEnums.parse(Severity.class, value);
    }
}
