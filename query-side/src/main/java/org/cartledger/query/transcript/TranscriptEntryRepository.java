package org.cartledger.query.transcript;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TranscriptEntryRepository extends JpaRepository<TranscriptEntry, String> {

    List<TranscriptEntry> findByTraineeIdOrderByLedgerPosition(String traineeId);
}
