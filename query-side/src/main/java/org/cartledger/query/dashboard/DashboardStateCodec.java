package org.cartledger.query.dashboard;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes {@link DashboardState} as the JSON kept in {@code trainee_dashboard.state}. */
@Component
class DashboardStateCodec {

    private final JsonMapper jsonMapper;

    DashboardStateCodec(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    DashboardState read(String json) {
        return jsonMapper.readValue(json, DashboardState.class);
    }

    String write(DashboardState state) {
        return jsonMapper.writeValueAsString(state);
    }
}
