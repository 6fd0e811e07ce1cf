package io.policyhub.admin;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** Pages that explain why someone cannot go on: no practice, no permission, or signed out. */
@AdminController
class AccessPagesController {

    @RequestMapping(AdminPaths.FORBIDDEN)
    String forbidden() {
        return "admin/access/forbidden";
    }

    @GetMapping(AdminPaths.NO_ACCESS)
    String noPractice() {
        return "admin/access/no-practice";
    }

    @GetMapping(AdminPaths.SIGNED_OUT)
    String signedOut() {
        return "admin/access/signed-out";
    }
}
