package org.cartledger.api.recording;

/**
 * Who recorded an entry, and under which role. Carried in message metadata under the keys below,
 * from the command to every event it produces.
 */
public record Recorder(String id, String role) {

    public static final String ID_KEY = "recorderId";
    public static final String ROLE_KEY = "recorderRole";
}
