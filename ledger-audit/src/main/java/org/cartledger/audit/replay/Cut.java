package org.cartledger.audit.replay;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cartledger.api.enrollment.TraineeEnrolledEvent;
import org.cartledger.api.requirements.RequirementSetView;
import org.cartledger.audit.entries.RecordedEntry;

/**
 * Where a replay stops: which of a trainee's entries (given in ledger order) a dashboard "as of" it
 * is built from, and which day is "today" there, so that days done and left read as they did then.
 */
sealed interface Cut {

    /** The entries the dashboard as of this cut is folded from, still in ledger order. */
    List<RecordedEntry> select(List<RecordedEntry> entries, ZoneId zone);

    /** The cut's own day in the program's time zone. */
    LocalDate day(ZoneId zone);

    /** True when the trainee had no record yet at this cut. */
    boolean precedes(RecordedEntry enrollment, ZoneId zone);

    /** The cut in the words of the request, for messages. */
    String describe();

    /** Whether a requirement set was on record at this cut: a view as of it measures progress against those only. */
    boolean includes(RequirementSetView set, ZoneId zone);

    /** What the ledger held at an instant: every event recorded up to and including it. */
    record RecordedBy(Instant recordedAt) implements Cut {

        @Override
        public List<RecordedEntry> select(List<RecordedEntry> entries, ZoneId zone) {
            return entries.stream().filter(e -> !e.recordedAt().isAfter(recordedAt)).toList();
        }

        @Override
        public LocalDate day(ZoneId zone) {
            return recordedAt.atZone(zone).toLocalDate();
        }

        @Override
        public boolean precedes(RecordedEntry enrollment, ZoneId zone) {
            return enrollment.recordedAt().isAfter(recordedAt);
        }

        @Override
        public String describe() {
            return "recordedAt=" + recordedAt;
        }

        @Override
        public boolean includes(RequirementSetView set, ZoneId zone) {
            return !set.recordedAt().isAfter(recordedAt);
        }
    }

    /**
     * What the ledger held at a position: every event at or before it. Its day is the day the ledger
     * reached that position, i.e. when the last event at or before it was recorded.
     */
    record AtPosition(long position, Instant reachedAt) implements Cut {

        @Override
        public List<RecordedEntry> select(List<RecordedEntry> entries, ZoneId zone) {
            return entries.stream().filter(e -> e.ledgerPosition() <= position).toList();
        }

        @Override
        public LocalDate day(ZoneId zone) {
            return reachedAt.atZone(zone).toLocalDate();
        }

        @Override
        public boolean precedes(RecordedEntry enrollment, ZoneId zone) {
            return enrollment.ledgerPosition() > position;
        }

        @Override
        public String describe() {
            return "position=" + position;
        }

        @Override
        public boolean includes(RequirementSetView set, ZoneId zone) {
            return set.ledgerPosition() <= position;
        }
    }

    /**
     * What had happened by the end of a day, whenever it was recorded: the entries that occurred on or
     * before it, the enrollment (without which there is no record to show, even when it was dated after
     * the program started), and every correction of an included entry, however late, since a correction
     * says the entry should never have counted. Lifecycle decisions (extension, completion, withdrawal)
     * count from the day they occurred, like any entry.
     */
    record OccurredBy(LocalDate date) implements Cut {

        @Override
        public List<RecordedEntry> select(List<RecordedEntry> entries, ZoneId zone) {
            Set<String> included = new HashSet<>();
            // ledger order puts every correction after the entry it corrects
            return entries.stream().filter(e -> {
                String corrected = e.correctedEntryId();
                boolean in = corrected != null
                        ? included.contains(corrected)
                        : e.event() instanceof TraineeEnrolledEvent || !e.occurredOn(zone).isAfter(date);
                if (in) {
                    included.add(e.entryId());
                }
                return in;
            }).toList();
        }

        @Override
        public LocalDate day(ZoneId zone) {
            return date;
        }

        /** Before the program started and before the enrollment took place: nothing to show yet. */
        @Override
        public boolean precedes(RecordedEntry enrollment, ZoneId zone) {
            TraineeEnrolledEvent enrolled = (TraineeEnrolledEvent) enrollment.event();
            return date.isBefore(enrolled.startDate()) && date.isBefore(enrollment.occurredOn(zone));
        }

        @Override
        public String describe() {
            return "occurredOn=" + date;
        }

        /** A set recorded by the end of the day: what the program required then, whatever was entered late. */
        @Override
        public boolean includes(RequirementSetView set, ZoneId zone) {
            return !set.recordedAt().atZone(zone).toLocalDate().isAfter(date);
        }
    }
}
