package org.cartledger.query.transcript;

import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes an entry's facts as the JSON object kept in {@code transcript_entry.facts}. */
@Component
class TranscriptFactsCodec {

    private static final TypeReference<Map<String, String>> FACTS = new TypeReference<>() {
    };

    private final JsonMapper jsonMapper;

    TranscriptFactsCodec(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    /** A line written before the transcript kept facts has none: an empty map. */
    Map<String, String> read(String json) {
        return json == null ? Map.of() : jsonMapper.readValue(json, FACTS);
    }

    String write(Map<String, String> facts) {
        return jsonMapper.writeValueAsString(facts);
    }
}
