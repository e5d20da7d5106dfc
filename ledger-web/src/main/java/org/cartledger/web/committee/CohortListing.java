package org.cartledger.web.committee;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.cartledger.api.cohort.CohortMemberView;
import org.cartledger.api.cohort.CommitteeStanding;
import org.cartledger.api.cohort.TraineeStatus;
import org.cartledger.api.enrollment.Track;
import org.cartledger.web.trainees.TraineeSearch;

/**
 * The cohort as the committee asked to see it: filtered by status, track, attention and a name or id, and
 * sorted by a column. A value the page does not offer (a hand-made address) is taken as "any" or the
 * default order, and the form shows it so: the page never claims a filter it did not apply.
 */
record CohortListing(TraineeStatus status, Track track, boolean attentionOnly, String search, Column sort, boolean descending) {

    /** The columns the cohort can be sorted by, each with its order; ties go by name, then id. */
    enum Column {
        NAME(Comparator.comparing((Member m) -> m.trainee().fullName() == null ? "" : m.trainee().fullName())),
        TRACK(Comparator.comparing((Member m) -> m.trainee().track())),
        STATUS(Comparator.comparing((Member m) -> m.trainee().status())),
        DAYS_LEFT(Comparator.comparingLong(Member::daysLeft)),
        // never reviewed sorts first: the longest unreviewed is the committee's first concern
        LAST_REVIEW(Comparator.comparing((Member m) -> m.lastReviewMonth().orElse(null),
                Comparator.nullsFirst(Comparator.naturalOrder()))),
        AUTONOMY(Comparator.comparing((Member m) -> m.standing() == null ? null : m.standing().autonomy(),
                Comparator.nullsFirst(Comparator.naturalOrder()))),
        ATTENTION(Comparator.comparingInt((Member m) -> m.standing() == null ? 0 : m.standing().attention().size()));

        private final Comparator<Member> order;

        Column(Comparator<Member> order) {
            this.order = order;
        }

        /** The parameter's value in a sort link. */
        public String parameter() {
            return name().toLowerCase().replace('_', '-');
        }

        static Optional<Column> of(String parameter) {
            return Arrays.stream(values()).filter(c -> c.parameter().equals(parameter)).findFirst();
        }
    }

    static CohortListing of(String status, String track, String attention, String search, String sort, String direction) {
        Optional<Column> column = Column.of(sort);
        return new CohortListing(parse(status, TraineeStatus::valueOf), parse(track, Track::valueOf), "needs".equals(attention),
                search == null ? "" : search.strip(), column.orElse(null), column.isPresent() && "desc".equals(direction));
    }

    /** The rows shown: in progress first, then by name, unless a column was chosen. */
    List<Member> apply(List<CohortMemberView> cohort, LocalDate today) {
        TraineeSearch wanted = new TraineeSearch(search);
        Comparator<Member> byName = Column.NAME.order.thenComparing(m -> m.trainee().traineeId());
        Comparator<Member> order = sort == null
                ? Comparator.comparing((Member m) -> m.trainee().status() != TraineeStatus.ENROLLED).thenComparing(byName)
                : (descending ? sort.order.reversed() : sort.order).thenComparing(byName);
        return cohort.stream()
                .filter(t -> status == null || t.status() == status)
                .filter(t -> track == null || t.track() == track)
                .filter(wanted::matches)
                .map(t -> Member.of(t, today))
                .filter(m -> !attentionOnly || m.needsAttention())
                .sorted(order)
                .toList();
    }

    /** Whether the list is sorted by the column, and which way, for the column's header. */
    public String ariaSort(Column column) {
        return column != sort ? "none" : descending ? "descending" : "ascending";
    }

    public boolean filtered() {
        return status != null || track != null || attentionOnly || !search.isEmpty();
    }

    private static <T> T parse(String value, Function<String, T> parser) {
        try {
            return value == null || value.isBlank() ? null : parser.apply(value);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** A cohort row with the days its program has left, in the program's time zone. */
    record Member(CohortMemberView trainee, long daysLeft) {

        static Member of(CohortMemberView trainee, LocalDate today) {
            boolean open = trainee.status() == TraineeStatus.ENROLLED && trainee.endDate() != null;
            long left = !open ? 0 : Math.max(0, ChronoUnit.DAYS.between(
                    today.isBefore(trainee.startDate()) ? trainee.startDate().minusDays(1) : today, trainee.endDate()));
            return new Member(trainee, left);
        }

        public CommitteeStanding standing() {
            return trainee.standing();
        }

        public boolean needsAttention() {
            return standing() != null && standing().needsAttention();
        }

        public Optional<YearMonth> lastReviewMonth() {
            return Optional.ofNullable(standing()).map(s -> s.lastReview()).map(r -> r.reviewMonth());
        }
    }
}
