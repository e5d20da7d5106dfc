package org.cartledger.api.recording;

import java.util.Map;

/**
 * Who recorded an entry, and under which role. Carried in message metadata under the keys below,
 * from the command to every event it produces.
 */
public record Recorder(String id, String role) {

    public static final String ID_KEY = "recorderId";
    public static final String ROLE_KEY = "recorderRole";

    /** The metadata that carries this recorder. */
    public Map<String, String> toMetaData() {
        return Map.of(ID_KEY, id, ROLE_KEY, role);
    }

    /** The recorder a message's metadata names; null when it names none. */
    public static Recorder of(Map<String, ?> metaData) {
        Object id = metaData.get(ID_KEY);
        Object role = metaData.get(ROLE_KEY);
        return id == null ? null : new Recorder(id.toString(), role == null ? null : role.toString());
    }
}
