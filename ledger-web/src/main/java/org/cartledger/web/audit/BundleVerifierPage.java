package org.cartledger.web.audit;

import org.cartledger.http.security.LedgerPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A transcript bundle checked in the auditor's own browser, by the rules of docs/ledger-proofs.md §6:
 * the page serves a script and nothing else, the bundle and the key never leave the browser, so that
 * an auditor need not trust the server being audited (nor have an account on it) to check what it
 * signed. Open to anyone, signed in or not; the same checks as {@code ledger-verifier bundle}.
 */
@Controller
public class BundleVerifierPage {

    public static final String PATH = "/verify";

    @GetMapping(PATH)
    public String page(Authentication authentication, Model model) {
        model.addAttribute("me", LedgerPrincipal.of(authentication).orElse(null));
        return "web/verify";
    }
}
