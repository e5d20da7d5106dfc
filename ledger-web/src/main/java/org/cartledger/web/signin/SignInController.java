package org.cartledger.web.signin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page: the password form, or "Sign in with" each provider (the bean pageSignIn, read by the page). */
@Controller
public class SignInController {

    @GetMapping(PageSecurity.SIGN_IN)
    public String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String locked,
                         @RequestParam(required = false) String unavailable, @RequestParam(name = "signed-out", required = false) String signedOut,
                         @RequestParam(required = false) String expired,
                         @RequestParam(name = "provider-failed", required = false) String providerFailed, Model model) {
        model.addAttribute("wrongCredentials", error != null);
        model.addAttribute("lockedMinutes", locked);
        model.addAttribute("unavailable", unavailable != null);
        model.addAttribute("signedOut", signedOut != null);
        model.addAttribute("expired", expired != null);
        model.addAttribute("providerFailed", providerFailed != null);
        return "web/sign-in";
    }
}
