package io.policyhub.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 as problem details, with the {@code WWW-Authenticate} challenge bearer-token clients expect. */
final class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        // Covers InvalidBearerTokenException too: any refusal of a token that was sent.
        boolean invalidToken = e instanceof OAuth2AuthenticationException;
        response.setHeader(
                "WWW-Authenticate",
                invalidToken
                        ? "Bearer error=\"invalid_token\", error_description=\"The access token is invalid or expired\""
                        : "Bearer");
        ProblemWriter.write(
                request,
                response,
                ProblemWriter.problem(
                        HttpStatus.UNAUTHORIZED,
                        invalidToken ? "invalid-token" : "authentication-required",
                        "Unauthorized",
                        invalidToken
                                ? "The bearer token is invalid, expired or not issued for this API."
                                : "Send a bearer access token from the Policyhub identity provider."));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        ProblemWriter.write(
                request,
                response,
                ProblemWriter.problem(
                        HttpStatus.FORBIDDEN,
                        "forbidden",
                        "Forbidden",
                        "Your role does not allow this action in this practice."));
    }
}
