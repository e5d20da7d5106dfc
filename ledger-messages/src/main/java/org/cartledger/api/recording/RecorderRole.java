package org.cartledger.api.recording;

/** The role under which someone records or reads an entry. */
public enum RecorderRole {
    COORDINATOR,
    FACULTY,
    COMMITTEE,
    AUDITOR,
    TRAINEE,
    ADMIN
}
