package org.motive.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a request came from. Written in lower case in JSON ({@code "linkedin"}). */
public enum Channel {
    LINKEDIN, XING, VIADEO, EMAIL, CRM, WEB, OTHER;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Channel fromWire(String value) {
        return WireEnums.parse(Channel.class, value);
    }
}
