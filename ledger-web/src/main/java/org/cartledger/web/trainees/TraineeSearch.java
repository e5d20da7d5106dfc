package org.cartledger.web.trainees;

import java.text.Normalizer;
import java.util.Locale;
import org.cartledger.api.cohort.CohortMemberView;

/**
 * Finds a trainee by any part of their name or id as a person would type it on a phone: case, full-width
 * letters (as a Chinese keyboard may give them) and spaces do not matter, so "王小明", "王 小明", "wang"
 * and "ｆ-００１" all find what they should.
 */
public final class TraineeSearch {

    private final String wanted;

    public TraineeSearch(String typed) {
        this.wanted = typed == null ? "" : comparable(typed);
    }

    boolean isEmpty() {
        return wanted.isEmpty();
    }

    public boolean matches(CohortMemberView trainee) {
        return wanted.isEmpty()
                || comparable(trainee.traineeId().value()).contains(wanted)
                || (trainee.fullName() != null && comparable(trainee.fullName()).contains(wanted));
    }

    static String comparable(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }
}
