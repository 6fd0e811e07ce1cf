package io.policyhub.audit.admin;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The audit trail's event names as the log shows them and offers them as filters. */
final class AuditEvents {

    /**
     * Every event of the audit trail: those the database's triggers write, in the order of a policy's life, then
     * the changes of who may act for the practice, which the application records.
     */
    static final Map<String, String> LABELS = labels();

    private AuditEvents() {}

    static String label(String event) {
        return LABELS.getOrDefault(event, event);
    }

    private static Map<String, String> labels() {
        var labels = new LinkedHashMap<String, String>();
        labels.put("POLICY_DRAFTED", "Policy drafted");
        labels.put("POLICY_DRAFT_EDITED", "Draft edited");
        labels.put("POLICY_PUBLISHED", "Version published");
        labels.put("POLICY_ARCHIVED", "Policy archived");
        labels.put("CLIENT_CREATED", "Client added");
        labels.put("CLIENT_CHANGED", "Client changed");
        labels.put("CLIENT_ERASED", "Client erased");
        labels.put("CLIENT_ASSIGNED", "Policy assigned");
        labels.put("CLIENT_UNASSIGNED", "Policy unassigned");
        labels.put("LINK_ISSUED", "Link issued");
        labels.put("LINK_REVOKED", "Link revoked");
        labels.put("EMAIL_SENT", "E-mail sent");
        labels.put("EMAIL_FAILED", "E-mail failed");
        labels.put("ACKNOWLEDGED", "Acknowledged");
        labels.put("PRACTICE_CHANGED", "Practice settings changed");
        labels.put("STAFF_INVITED", "Staff invited");
        labels.put("STAFF_ROLE_CHANGED", "Staff role changed");
        labels.put("STAFF_REMOVED", "Staff removed");
        labels.put("INTEGRATION_CREATED", "Integration created");
        return Collections.unmodifiableMap(labels);
    }
}
