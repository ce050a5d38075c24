package org.motive.analysis;

/** How the sender addresses the recipient, so that the reply does the same: vous/Sie or tu/du. */
public enum Register {
    FORMAL, INFORMAL, UNKNOWN
}
