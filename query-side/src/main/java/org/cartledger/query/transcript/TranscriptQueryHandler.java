package org.cartledger.query.transcript;

import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.cartledger.api.transcript.FindTranscriptQuery;
import org.cartledger.api.transcript.TranscriptEntryView;
import org.cartledger.api.transcript.TranscriptView;
import org.springframework.stereotype.Component;

@Component
class TranscriptQueryHandler {

    private final TranscriptEntryRepository entries;

    TranscriptQueryHandler(TranscriptEntryRepository entries) {
        this.entries = entries;
    }

    /** Empty when the trainee has no entries: every record starts with its enrollment. */
    @QueryHandler
    Optional<TranscriptView> handle(FindTranscriptQuery query) {
        List<TranscriptEntryView> lines = entries.findByTraineeIdOrderByLedgerPosition(query.traineeId()).stream()
                .map(TranscriptEntry::toView).toList();
        return lines.isEmpty() ? Optional.empty() : Optional.of(new TranscriptView(query.traineeId(), lines));
    }
}
