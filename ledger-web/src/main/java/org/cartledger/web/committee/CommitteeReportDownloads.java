package org.cartledger.web.committee;

import jakarta.servlet.http.HttpServletResponse;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.cartledger.api.committee.CommitteeReportFile;
import org.cartledger.api.committee.ExportCommitteeReportQuery;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.http.security.LedgerPrincipal;
import org.cartledger.web.signin.SignedIn;
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
 * A reviewed month's committee report to take away from the committee's page of a trainee: the PDF, and the JSON an
 * auditor checks (the API's own answer). Made by ledger-audit, asked for on the query bus; for those who open the
 * committee's pages.
 */
@Controller
class CommitteeReportDownloads {

    private final CommitteePages pages;

    CommitteeReportDownloads(CommitteePages pages) {
        this.pages = pages;
    }

    @GetMapping("/committee/trainees/{traineeId}/reports/{month}.pdf")
    Object pdf(@PathVariable TraineeId traineeId, @PathVariable String month, Authentication authentication, Model model,
               HttpServletResponse response) {
        return download(traineeId, month, ExportCommitteeReportQuery.Format.PDF, authentication, model, response);
    }

    /**
     * The JSON, saved as {@code committee-report-….json}; its address has no {@code .json}, since Thymeleaf gives a
     * page the content type of its address's extension, and the pages refusing it must stay HTML.
     */
    @GetMapping("/committee/trainees/{traineeId}/reports/{month}")
    Object json(@PathVariable TraineeId traineeId, @PathVariable String month, Authentication authentication, Model model,
                HttpServletResponse response) {
        return download(traineeId, month, ExportCommitteeReportQuery.Format.JSON, authentication, model, response);
    }

    /** The file as an attachment, or the page that says why not. */
    private Object download(TraineeId traineeId, String month, ExportCommitteeReportQuery.Format format,
                            Authentication authentication, Model model, HttpServletResponse response) {
        LedgerPrincipal me = SignedIn.person(authentication);
        model.addAttribute("me", me);
        if (!CommitteeAccess.mayOpen(me)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return "web/committee/committee-only";
        }
        Optional<CommitteeReportFile> file;
        try {
            file = pages.report(new ExportCommitteeReportQuery(traineeId, YearMonth.parse(month), format));
        } catch (DateTimeParseException e) {
            // the page links only months as the ledger writes them; anything else is an address typed by hand
            file = Optional.empty();
        } catch (CommitteePages.Unanswered e) {
            return CommitteePages.unavailable(response);
        }
        if (file.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "web/committee/no-report";
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.get().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.get().fileName()).build().toString())
                .body(file.get().content());
    }
}
