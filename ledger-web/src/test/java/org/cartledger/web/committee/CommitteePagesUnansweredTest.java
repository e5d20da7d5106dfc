package org.cartledger.web.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.recording.LedgerRole;
import org.cartledger.http.security.LedgerPrincipal;
import org.cartledger.web.language.ProgramTime;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.ui.ExtendedModelMap;

/** A question the ledger does not answer is a page of its own with 503, never an error without a body. */
class CommitteePagesUnansweredTest {

    private static final Authentication MEMBER = UsernamePasswordAuthenticationToken.authenticated(
            new LedgerPrincipal("ccc-he", EnumSet.of(LedgerRole.COMMITTEE), null), null, List.of());

    @Test
    void theTraineesPageSaysTheLedgerDidNotAnswer() {
        QueryGateway queries = mock(QueryGateway.class);
        when(queries.query(any(), any(ResponseType.class)))
                .thenReturn(CompletableFuture.failedFuture(new IllegalStateException("query side down")));
        MockHttpServletResponse response = new MockHttpServletResponse();

        String page = new CommitteePageController(new CommitteePages(queries), new ProgramTime("Asia/Shanghai"), new StaticMessageSource())
                .trainee(new TraineeId("F-1"), MEMBER, new ExtendedModelMap(), response, Locale.ENGLISH);

        assertThat(page).isEqualTo(CommitteePages.UNAVAILABLE);
        assertThat(response.getStatus()).isEqualTo(503);
    }

    @Test
    void theAsItStoodPageSaysTheLedgerDidNotAnswer() {
        QueryGateway queries = mock(QueryGateway.class);
        when(queries.query(any(), any(Class.class)))
                .thenReturn(CompletableFuture.failedFuture(new IllegalStateException("audit down")));
        MockHttpServletResponse response = new MockHttpServletResponse();

        String page = new AsItStoodController(new CommitteePages(queries), new ProgramTime("Asia/Shanghai"))
                .asItStood(new TraineeId("F-1"), "2025-04-30", null, null, MEMBER, new ExtendedModelMap(), response);

        assertThat(page).isEqualTo(CommitteePages.UNAVAILABLE);
        assertThat(response.getStatus()).isEqualTo(503);
    }
}
