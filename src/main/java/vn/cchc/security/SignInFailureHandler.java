package vn.cchc.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

import java.io.IOException;

/** Sends the login page a reason code; the page shows the Vietnamese message for it. */
@Component
class SignInFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String reason = exception instanceof OAuth2AuthenticationException sso ? singleSignOnReason(sso)
                : exception instanceof ThrottledSignIn.Throttled ? "throttled"
                : exception instanceof LockedException ? "locked"
                : exception instanceof DisabledException ? "disabled" : "bad";
        response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
    }

    /** A refusal of ours by its code; anything else the provider or the protocol says is one general message. */
    private static String singleSignOnReason(OAuth2AuthenticationException exception) {
        return switch (exception.getError().getErrorCode()) {
            case SingleSignOn.UNKNOWN_USER -> "ssoUnknown";
            case SingleSignOn.NO_CLAIM -> "ssoNoClaim";
            case SingleSignOn.UNIT_MISMATCH -> "ssoUnit";
            case SingleSignOn.DISABLED -> "disabled";
            case SingleSignOn.LOCKED -> "locked";
            default -> "sso";
        };
    }
}
