package io.policyhub.acknowledgement.admin;

import io.policyhub.admin.AdminController;
import io.policyhub.admin.ForStaff;
import org.springframework.web.bind.annotation.GetMapping;

/** The practice's home: each policy's compliance at a glance and what happened lately. */
@AdminController
class DashboardAdminController {

    @GetMapping("/admin")
    @ForStaff
    String dashboard() {
        return "admin/acknowledgement/dashboard";
    }
}
