package io.policyhub.client.admin;

import io.policyhub.practice.PracticeId;
import io.policyhub.shared.ResourceNotFound;
import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Uploaded client files waiting for the admin's decision, kept in their session (never stored in the database
 * before they choose). Each is bound to the practice it was uploaded to, so switching practice cannot import a
 * file into the other one. Only the latest few are kept.
 */
final class PendingImports {

    private static final String ATTRIBUTE = PendingImports.class.getName();
    private static final int KEEP = 3;

    /** One uploaded file. */
    record PendingImport(UUID id, PracticeId practice, String fileName, byte[] content) {}

    private final Map<UUID, PendingImport> pending = new LinkedHashMap<>();

    static PendingImports of(HttpSession session) {
        synchronized (session) {
            if (session.getAttribute(ATTRIBUTE) instanceof PendingImports imports) {
                return imports;
            }
            var imports = new PendingImports();
            session.setAttribute(ATTRIBUTE, imports);
            return imports;
        }
    }

    synchronized PendingImport add(PracticeId practice, String fileName, byte[] content) {
        var upload = new PendingImport(UUID.randomUUID(), practice, fileName, content.clone());
        pending.put(upload.id(), upload);
        while (pending.size() > KEEP) {
            pending.remove(pending.keySet().iterator().next());
        }
        return upload;
    }

    /** The pending file of this practice; another practice's (or a forgotten one) is not found, as a 404. */
    synchronized PendingImport get(UUID id, PracticeId practice) {
        return Optional.ofNullable(pending.get(id))
                .filter(upload -> upload.practice().equals(practice))
                .orElseThrow(() -> new PendingImportNotFound(id));
    }

    /**
     * Takes the pending file out while it is imported, so a second click (or a second tab) cannot import it twice;
     * {@link #putBack} returns it when nothing was imported.
     */
    synchronized PendingImport take(UUID id, PracticeId practice) {
        PendingImport upload = get(id, practice);
        pending.remove(id);
        return upload;
    }

    synchronized void putBack(PendingImport upload) {
        pending.put(upload.id(), upload);
    }

    /** An upload that is not (or no longer) waiting in this session for this practice. */
    static final class PendingImportNotFound extends ResourceNotFound {

        PendingImportNotFound(UUID id) {
            super("pending-import-not-found", "No uploaded file " + id + " is waiting to be imported.");
        }
    }
}
