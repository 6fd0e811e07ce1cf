package io.policyhub.admin;

import io.policyhub.practice.Practice;
import io.policyhub.practice.PracticeId;
import io.policyhub.practice.PracticeManagement;
import io.policyhub.practice.PracticeNotFound;
import io.policyhub.practice.TenantScope;
import io.policyhub.shared.PageRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Staff who belong to several practices choose which one to work in; the choice lasts for the session. */
@AdminController
class PracticeChoiceController {

    private final PracticeManagement practices;

    PracticeChoiceController(PracticeManagement practices) {
        this.practices = practices;
    }

    @GetMapping(AdminPaths.CHOOSE_PRACTICE)
    @ForStaff
    String choose(Model model) {
        List<Practice> mine = practices.list(PageRequest.first(PageRequest.MAX_SIZE)).items().stream()
                .filter(practice -> TenantScope.current().visiblePractices().contains(practice.id()))
                .sorted(Comparator.comparing(Practice::name))
                .toList();
        model.addAttribute("practices", mine);
        return "admin/practice/choose";
    }

    @PostMapping(AdminPaths.CHOOSE_PRACTICE)
    @ForStaff
    String chosen(@RequestParam UUID practiceId, HttpServletRequest request) {
        var practice = new PracticeId(practiceId);
        if (!TenantScope.current().visiblePractices().contains(practice)) {
            throw PracticeNotFound.of(practice);
        }
        PracticeSelection.choose(request, practice);
        return "redirect:" + AdminPaths.HOME;
    }
}
