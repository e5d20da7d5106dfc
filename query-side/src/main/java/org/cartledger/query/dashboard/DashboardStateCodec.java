package org.cartledger.query.dashboard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cartledger.query.dashboard.DashboardState.Assessment;
import org.cartledger.query.dashboard.DashboardState.Attendance;
import org.cartledger.query.dashboard.DashboardState.Evaluation;
import org.cartledger.query.dashboard.DashboardState.Feedback;
import org.cartledger.query.dashboard.DashboardState.Procedure;
import org.cartledger.query.dashboard.DashboardState.Rating;
import org.cartledger.query.dashboard.DashboardState.ResearchStep;
import org.cartledger.query.dashboard.DashboardState.Review;
import org.cartledger.query.dashboard.DashboardState.SkillSignOff;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes {@link DashboardState} as it is stored: its head, the JSON in {@code trainee_dashboard.state},
 * and each element of its lists as an item of its own, a row of {@code dashboard_item}. The lists grow with every
 * entry; kept in the head, they made each event cost as much as the trainee's whole history to read and write.
 */
@Component
class DashboardStateCodec {

    /** One element of one of the state's lists, as stored: its kind (which list) and its JSON. */
    record Item(String kind, String json) {
    }

    private record Kind<T>(String name, Class<T> type, Function<DashboardState, Collection<T>> list) {
    }

    // the names are stored in dashboard_item.kind, and V4 wrote them too: never rename one; a new kind goes last, and
    // its list stays empty in dashboards folded before it (a migration rebuilds them, as V5 did)
    private static final List<Kind<?>> KINDS = List.of(
            new Kind<>("rating", Rating.class, state -> state.ratings),
            new Kind<>("attendance", Attendance.class, state -> state.attendance),
            new Kind<>("procedure", Procedure.class, state -> state.procedures),
            new Kind<>("skill", SkillSignOff.class, state -> state.skills),
            new Kind<>("research", ResearchStep.class, state -> state.research),
            new Kind<>("review", Review.class, state -> state.reviews),
            new Kind<>("corrected", String.class, state -> state.corrected),
            new Kind<>("evaluation", Evaluation.class, state -> state.evaluations),
            new Kind<>("feedback", Feedback.class, state -> state.feedback),
            new Kind<>("assessment", Assessment.class, state -> state.assessments));
    private static final Map<String, Kind<?>> BY_NAME = KINDS.stream().collect(Collectors.toMap(Kind::name, kind -> kind));

    private final JsonMapper jsonMapper;

    DashboardStateCodec(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    /** A head as stored; one stored before the lists moved out (or a whole state) is read with its lists. */
    DashboardState read(String json) {
        return jsonMapper.readValue(json, DashboardState.class);
    }

    String write(DashboardState state) {
        return jsonMapper.writeValueAsString(state);
    }

    /**
     * Takes every element out of the state's lists, as items in a fixed order, leaving the head. Applied to a
     * head and one event, that is exactly what the event added.
     */
    List<Item> takeItems(DashboardState state) {
        List<Item> items = new ArrayList<>();
        for (Kind<?> kind : KINDS) {
            Collection<?> list = kind.list().apply(state);
            for (Object element : list) {
                items.add(new Item(kind.name(), jsonMapper.writeValueAsString(element)));
            }
            list.clear();
        }
        return items;
    }

    /** Puts a stored item back at the end of its list. */
    void add(DashboardState state, Item item) {
        Kind<?> kind = BY_NAME.get(item.kind());
        if (kind == null) {
            throw new IllegalStateException("A dashboard item of an unknown kind: " + item.kind());
        }
        addTo(state, kind, item.json());
    }

    private <T> void addTo(DashboardState state, Kind<T> kind, String json) {
        kind.list().apply(state).add(jsonMapper.readValue(json, kind.type()));
    }
}
