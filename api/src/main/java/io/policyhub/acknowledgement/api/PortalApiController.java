package io.policyhub.acknowledgement.api;

import io.policyhub.acknowledgement.PortalAcknowledgement;
import io.policyhub.acknowledgement.PortalAgreement;
import io.policyhub.acknowledgement.RecordedAcknowledgement;
import io.policyhub.acknowledgement.RequestOrigin;
import io.policyhub.api.PortalScopeFilter;
import io.policyhub.assignment.PortalToken;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The token-only API behind a client's personal link. */
@RestController
@RequestMapping("/portal/api/{token}")
class PortalApiController {

    private final PortalAcknowledgement portal;

    PortalApiController(PortalAcknowledgement portal) {
        this.portal = portal;
    }

    @GetMapping
    PortalViewResponse view(@PathVariable String token) {
        return PortalViewResponse.of(portal.view(tokenOf(token)));
    }

    /** 201 with the new acknowledgement; 200 with the earlier one if this version was already acknowledged. */
    @PostMapping("/acknowledgements")
    ResponseEntity<PortalReceiptResponse> acknowledge(
            @PathVariable String token, @RequestBody PortalAcknowledgementRequest request, HttpServletRequest http) {
        var agreement =
                new PortalAgreement(request.fullName(), request.agreed(), Optional.ofNullable(request.version()));
        var origin = new RequestOrigin(http.getRemoteAddr(), http.getHeader(HttpHeaders.USER_AGENT));
        RecordedAcknowledgement recorded = portal.acknowledge(tokenOf(token), agreement, origin);
        return ResponseEntity.status(recorded.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(PortalReceiptResponse.of(recorded.acknowledgement()));
    }

    /** A malformed token is treated as an unknown one: same look-up, same answer. */
    private static PortalToken tokenOf(String text) {
        return PortalScopeFilter.tokenOf(text);
    }
}
