package io.policyhub.client.admin;

import io.policyhub.admin.AdminController;
import io.policyhub.admin.CurrentPractice;
import io.policyhub.admin.ForAdmins;
import io.policyhub.client.ClientImportFile;
import io.policyhub.client.ClientImportResult;
import io.policyhub.client.ClientManagement;
import io.policyhub.client.ImportChoice;
import io.policyhub.client.admin.PendingImports.PendingImport;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Importing clients from a CSV file in two steps: the upload is checked row by row and nothing is stored; the
 * admin then sees every problem and either imports a clean file, imports only its valid rows on purpose, or
 * uploads a corrected file. The import itself checks the file again, in one transaction.
 */
@AdminController
class ClientImportAdminController {

    static final String UPLOAD = "admin/client/import";
    static final String REPORT = "admin/client/import-report";
    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final ClientManagement clients;

    ClientImportAdminController(ClientManagement clients) {
        this.clients = clients;
    }

    @GetMapping("/admin/clients/import")
    @ForAdmins
    String uploadForm(@RequestParam(name = "too-large", required = false) @Nullable String tooLarge, Model model) {
        if (tooLarge != null) {
            model.addAttribute("error", ClientImportSizeLimit.TOO_LARGE);
        }
        model.addAttribute("maxRows", ClientImportFile.MAX_ROWS);
        model.addAttribute("maxKilobytes", ClientImportFile.MAX_BYTES / 1024);
        return UPLOAD;
    }

    @PostMapping("/admin/clients/import")
    @ForAdmins
    String upload(
            @RequestParam(required = false) @Nullable MultipartFile file,
            HttpSession session,
            HttpServletResponse response,
            Model model)
            throws IOException {
        if (file == null || file.isEmpty()) {
            response.setStatus(422);
            model.addAttribute("error", "Choose a CSV file of clients to upload.");
            return uploadForm(null, model);
        }
        String name =
                file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                        ? "clients.csv"
                        : file.getOriginalFilename();
        PendingImport pending = PendingImports.of(session).add(CurrentPractice.id(), name, file.getBytes());
        return "redirect:/admin/clients/import/" + pending.id();
    }

    @GetMapping("/admin/clients/import/{importId}")
    @ForAdmins
    String report(@PathVariable UUID importId, HttpSession session, Model model) {
        PendingImport pending = PendingImports.of(session).get(importId, CurrentPractice.id());
        model.addAttribute("importId", importId);
        model.addAttribute("report", ImportReport.of(pending.fileName(), clients.checkImport(pending.content())));
        return REPORT;
    }

    @PostMapping("/admin/clients/import/{importId}")
    @ForAdmins
    String importClients(
            @PathVariable UUID importId,
            @RequestParam ImportChoice choice,
            HttpSession session,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        PendingImports pendingImports = PendingImports.of(session);
        PendingImport pending = pendingImports.take(importId, CurrentPractice.id());
        ClientImportResult result;
        try {
            result = clients.importFile(CurrentPractice.id(), pending.content(), choice);
        } catch (RuntimeException failed) {
            pendingImports.putBack(pending);
            throw failed;
        }
        if (result.imported().isEmpty()) {
            pendingImports.putBack(pending);
            response.setStatus(409);
            model.addAttribute("importId", importId);
            model.addAttribute("report", ImportReport.of(pending.fileName(), result.check()));
            model.addAttribute("error", "Nothing was imported: the file has problems now. Check them below.");
            return REPORT;
        }
        int leftOut = result.check().rows().size() - result.imported().size();
        redirect.addFlashAttribute(
                "flash",
                count(result.imported().size(), "client was", "clients were") + " imported"
                        + (leftOut > 0
                                ? "; " + count(leftOut, "row with problems was", "rows with problems were")
                                        + " left out."
                                : "."));
        return "redirect:/admin/clients";
    }

    @GetMapping("/admin/clients/import/{importId}/problems.csv")
    @ForAdmins
    ResponseEntity<String> problems(@PathVariable UUID importId, HttpSession session) {
        PendingImport pending = PendingImports.of(session).get(importId, CurrentPractice.id());
        ImportReport report = ImportReport.of(pending.fileName(), clients.checkImport(pending.content()));
        return csv("rows-with-problems.csv", report.problemsCsv());
    }

    @GetMapping("/admin/clients/import/template.csv")
    @ForAdmins
    ResponseEntity<String> template() {
        return csv("clients.csv", String.join(",", ClientImportFile.COLUMNS) + "\r\n");
    }

    private static ResponseEntity<String> csv(String fileName, String body) {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .contentType(CSV)
                .body(body);
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
