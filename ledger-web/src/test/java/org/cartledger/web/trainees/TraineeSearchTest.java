package org.cartledger.web.trainees;

import static org.assertj.core.api.Assertions.assertThat;

import org.cartledger.api.cohort.CohortMemberView;
import org.cartledger.api.cohort.TraineeStatus;
import org.cartledger.api.enrollment.Track;
import org.cartledger.api.ids.TraineeId;
import org.junit.jupiter.api.Test;

class TraineeSearchTest {

    private static final CohortMemberView WANG = new CohortMemberView(new TraineeId("F-001"), "王小明", Track.FELLOW, TraineeStatus.ENROLLED,
            null, null, "fac-wang", null, null);

    @Test
    void findsAChineseNameByAnyPartOfItWithOrWithoutSpaces() {
        assertThat(new TraineeSearch("小明").matches(WANG)).isTrue();
        assertThat(new TraineeSearch("王 小明").matches(WANG)).isTrue();
        assertThat(new TraineeSearch("李").matches(WANG)).isFalse();
    }

    @Test
    void findsAnIdTypedInFullWidthOrLowerCase() {
        assertThat(new TraineeSearch("ｆ－００１").matches(WANG)).isTrue();
        assertThat(new TraineeSearch("f-001").matches(WANG)).isTrue();
        assertThat(new TraineeSearch("f-002").matches(WANG)).isFalse();
    }
}
