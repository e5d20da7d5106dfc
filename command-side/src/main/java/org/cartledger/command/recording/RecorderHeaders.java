package org.cartledger.command.recording;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.cartledger.api.recording.Recorder;
import org.cartledger.api.recording.RecorderRole;

/**
 * Who is recording, as the request states it. Until sign-in is in place the recorder comes from
 * two headers; the server, not the body, puts it on the entry, so the authenticated principal can
 * take its place without any command or event changing.
 */
public final class RecorderHeaders {

    public static final String ID = "X-Recorder-Id";
    public static final String ROLE = "X-Recorder-Role";

    private RecorderHeaders() {
    }

    static Recorder recorder(String id, String role) {
        if (id == null || id.isBlank() || id.length() > 64) {
            throw new InvalidRecorderException(ID, "must name who records the entry (1 to 64 characters)");
        }
        try {
            return new Recorder(id, RecorderRole.valueOf(role).name());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidRecorderException(ROLE, "must be one of " + Arrays.stream(RecorderRole.values())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
