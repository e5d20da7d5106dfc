package org.cartledger.query.requirements;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.cartledger.api.enrollment.Track;
import org.cartledger.api.recording.Recorder;
import org.cartledger.api.requirements.FindRequirementSetsQuery;
import org.cartledger.api.requirements.RequirementSetDefinedEvent;
import org.cartledger.api.requirements.RequirementSetView;
import org.cartledger.proof.LedgerEvent;
import org.cartledger.store.history.LedgerHistory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The requirement sets on record, read from each track's own record in the ledger on every call rather than from a
 * read model: a completion is checked against them, and a read model may be behind. A track holds a handful of
 * versions, read by aggregate identifier, so there is nothing worth caching.
 */
@Component
public class RequirementSetsOnRecord {

    private final LedgerHistory history;
    private final Serializer serializer;
    private final JsonMapper jsonMapper;

    RequirementSetsOnRecord(LedgerHistory history, @Qualifier("eventSerializer") Serializer serializer, JsonMapper jsonMapper) {
        this.history = history;
        this.serializer = serializer;
        this.jsonMapper = jsonMapper;
    }

    @QueryHandler
    List<RequirementSetView> handle(FindRequirementSetsQuery query) {
        return query.track() == null ? all() : ofTrack(query.track());
    }

    /** The track's sets, oldest version first. */
    public List<RequirementSetView> ofTrack(Track track) {
        return history.ofTrainee(RequirementSetDefinedEvent.recordIdOf(track)).stream().map(this::read)
                .sorted(Comparator.comparingInt(RequirementSetView::version)).toList();
    }

    /** Every track's sets, in the order they were recorded. */
    public List<RequirementSetView> all() {
        List<RequirementSetView> sets = new ArrayList<>();
        Arrays.stream(Track.values()).forEach(track -> sets.addAll(ofTrack(track)));
        return sets.stream().sorted(Comparator.comparingLong(RequirementSetView::ledgerPosition)).toList();
    }

    private RequirementSetView read(LedgerEvent stored) {
        Object payload = serializer.deserialize(new SimpleSerializedObject<>(stored.payload(), byte[].class,
                stored.payloadType(), stored.payloadRevision()));
        if (!(payload instanceof RequirementSetDefinedEvent defined)) {
            throw new IllegalStateException("Event at ledger position " + stored.position() + " is a " + stored.payloadType()
                    + ", not a requirement set of record " + stored.aggregateIdentifier());
        }
        return new RequirementSetView(defined.track(), defined.version(), defined.effectiveFrom(), defined.requirements(),
                defined.reason(), defined.entryId(), defined.occurredAt(), DateTimeUtils.parseInstant(stored.timeStamp()),
                recorderOf(stored.metaData()), stored.position());
    }

    private String recorderOf(byte[] metaData) {
        JsonNode tree = metaData == null ? null : jsonMapper.readTree(metaData);
        JsonNode id = tree == null ? null : tree.get(Recorder.ID_KEY);
        return id == null || id.isNull() ? null : id.asString();
    }
}
