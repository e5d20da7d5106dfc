package org.cartledger.verifier;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cartledger.proof.keyrotation.KeyAnnouncement;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the key announcements an auditor was given (docs/ledger-proofs.md §4b): the answer of
 * {@code GET /api/ledger/signing-keys} as saved (its {@code announcements} are taken), or a JSON list of announcements.
 */
public final class KeyAnnouncementsFile {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private KeyAnnouncementsFile() {
    }

    public static List<KeyAnnouncement> read(Path file) {
        byte[] json;
        try {
            json = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the key announcements " + file + ": " + e.getMessage());
        }
        return fromJson(json, file.toString());
    }

    /** The announcements in JSON read from {@code source} (a file, or the ledger's answer). */
    public static List<KeyAnnouncement> fromJson(byte[] json, String source) {
        try {
            JsonNode root = JSON.readTree(json);
            JsonNode list = root.isObject() ? root.get("announcements") : root;
            if (list == null || !list.isArray()) {
                throw new IllegalArgumentException(source + " holds neither a list of key announcements nor an object with "
                        + "\"announcements\" (as GET /api/ledger/signing-keys answers)");
            }
            List<KeyAnnouncement> announcements = new ArrayList<>();
            for (JsonNode announcement : list) {
                announcements.add(JSON.treeToValue(announcement, KeyAnnouncement.class));
            }
            return announcements;
        } catch (RuntimeException e) {
            if (e instanceof IllegalArgumentException) {
                throw e;
            }
            throw new IllegalArgumentException("the key announcements " + source + " cannot be read: " + e.getMessage());
        }
    }
}
