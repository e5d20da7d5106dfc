package org.cartledger.web.record;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.transcript.ExportTranscriptQuery;
import org.cartledger.api.transcript.FindTranscriptQuery;
import org.cartledger.api.transcript.TranscriptEntryView;
import org.cartledger.api.transcript.TranscriptFile;
import org.cartledger.api.transcript.TranscriptView;
import org.cartledger.http.security.LedgerPrincipal;
import org.cartledger.web.signin.SignedIn;
import org.cartledger.web.trainees.PageAccess;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A trainee's record as the ledger holds it: every entry, newest first, who recorded it and when, and
 * what a correction took out; with the transcript to take away (the bundle a verifier checks, the PDF,
 * the CSV). For the trainee themselves and for staff, as the API's transcript is.
 */
@Controller
public class RecordPageController {

    private final QueryGateway queries;

    public RecordPageController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/trainees/{traineeId}/record")
    public String record(@PathVariable TraineeId traineeId, Authentication authentication, Model model, HttpServletResponse response) {
        Optional<String> refused = refused(traineeId, authentication, model, response);
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<TranscriptView> transcript = queries.query(new FindTranscriptQuery(traineeId),
                ResponseTypes.optionalInstanceOf(TranscriptView.class)).join();
        if (transcript.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "web/no-such-trainee";
        }
        List<TranscriptEntryView> newestFirst = new ArrayList<>(transcript.get().entries());
        Collections.reverse(newestFirst);
        model.addAttribute("transcript", transcript.get());
        model.addAttribute("entries", newestFirst);
        return "web/record";
    }

    @GetMapping("/trainees/{traineeId}/record/transcript-bundle")
    public Object bundle(@PathVariable TraineeId traineeId, Authentication authentication, Model model, HttpServletResponse response) {
        return download(new ExportTranscriptQuery.Bundle(traineeId), authentication, model, response);
    }

    @GetMapping("/trainees/{traineeId}/record/transcript.pdf")
    public Object pdf(@PathVariable TraineeId traineeId, Authentication authentication, Model model, HttpServletResponse response) {
        return download(new ExportTranscriptQuery.Pdf(traineeId), authentication, model, response);
    }

    @GetMapping("/trainees/{traineeId}/record/transcript.csv")
    public Object csv(@PathVariable TraineeId traineeId, Authentication authentication, Model model, HttpServletResponse response) {
        return download(new ExportTranscriptQuery.Csv(traineeId), authentication, model, response);
    }

    /** The file as an attachment, or the page that says why not. */
    private Object download(ExportTranscriptQuery query, Authentication authentication, Model model, HttpServletResponse response) {
        Optional<String> refused = refused(query.traineeId(), authentication, model, response);
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<TranscriptFile> file = queries.query(query, ResponseTypes.optionalInstanceOf(TranscriptFile.class)).join();
        if (file.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "web/no-such-trainee";
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.get().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.get().fileName()).build().toString())
                .body(file.get().content());
    }

    private static Optional<String> refused(TraineeId traineeId, Authentication authentication, Model model, HttpServletResponse response) {
        LedgerPrincipal me = SignedIn.person(authentication);
        model.addAttribute("me", me);
        model.addAttribute("traineeId", traineeId);
        if (!PageAccess.mayRead(me, traineeId)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return Optional.of("web/not-yours");
        }
        return Optional.empty();
    }
}
