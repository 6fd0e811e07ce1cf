package io.policyhub.practice.admin;

import io.policyhub.admin.ReadableErrors;
import io.policyhub.practice.StaffInvitation;
import io.policyhub.practice.StaffRole;
import io.policyhub.shared.InvalidInput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The "invite someone to the team" form, as typed. Its fields are named apart from the profile form's on the same
 * page ({@code inviteEmail}, not {@code email}), so each error links to the right field.
 *
 * @param inviteRole the realm role chosen, such as {@code practice-editor}
 */
public record InvitationForm(
        @Nullable String inviteEmail,
        @Nullable String inviteRole,
        @Nullable String inviteFirstName,
        @Nullable String inviteLastName) {

    /** The roles to choose from, least first, each with what it allows in a practice manager's words. */
    static final List<RoleChoice> ROLES = List.of(
            new RoleChoice(
                    StaffRole.PRACTICE_VIEWER, "Viewer", "sees every page and downloads evidence; changes nothing"),
            new RoleChoice(StaffRole.PRACTICE_EDITOR, "Editor", "also writes and edits draft policies"),
            new RoleChoice(
                    StaffRole.PRACTICE_ADMIN,
                    "Admin",
                    "also publishes, assigns, and manages the settings and the team"));

    /** The domain's field names, as the form's. */
    private static final Map<String, String> FIELDS = Map.of(
            "email", "inviteEmail", "role", "inviteRole", "firstName", "inviteFirstName", "lastName", "inviteLastName");

    private static final Map<String, String> LABELS = Map.of(
            "inviteEmail", "E-mail address",
            "inviteRole", "Role",
            "inviteFirstName", "First name",
            "inviteLastName", "Last name");

    static InvitationForm blank() {
        return new InvitationForm("", null, "", "");
    }

    /** @throws InvalidInput naming every field that is wrong, the role and the person's details alike */
    StaffInvitation toInvitation() {
        var errors = new ArrayList<InvalidInput.FieldError>();
        StaffRole role = StaffRole.PRACTICE_VIEWER; // stands in while the details are checked, if none was chosen
        if (inviteRole == null || inviteRole.isBlank()) {
            errors.add(new InvalidInput.FieldError("role", "must be chosen"));
        } else {
            try {
                role = StaffRole.ofRoleName(inviteRole);
            } catch (InvalidInput unknown) {
                errors.addAll(unknown.errors());
            }
        }
        try {
            var invitation =
                    new StaffInvitation(inviteEmail == null ? "" : inviteEmail, role, inviteFirstName, inviteLastName);
            if (errors.isEmpty()) {
                return invitation;
            }
        } catch (InvalidInput invalid) {
            errors.addAll(invalid.errors());
        }
        throw InvalidInput.of(errors);
    }

    /** The refusals as sentences, keyed by the form's field ids. */
    static Map<String, String> readable(InvalidInput invalid) {
        var messages = new LinkedHashMap<String, String>();
        for (InvalidInput.FieldError error : invalid.errors()) {
            String field = FIELDS.getOrDefault(error.field(), "inviteEmail");
            messages.putIfAbsent(field, ReadableErrors.sentence(LABELS.get(field), error.message()));
        }
        return messages;
    }

    /** "Editor": how the pages name a role. */
    static String label(StaffRole role) {
        return choice(role).map(RoleChoice::label).orElse(role.roleName());
    }

    /** "an editor", for sentences about the role someone was given. */
    public static String withArticle(StaffRole role) {
        String label = label(role).toLowerCase(Locale.ROOT);
        return ("aeiou".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label;
    }

    private static Optional<RoleChoice> choice(StaffRole role) {
        return ROLES.stream().filter(choice -> choice.role() == role).findFirst();
    }

    /** One role on offer: its realm role is the form's value. */
    record RoleChoice(StaffRole role, String label, String allows) {

        public String value() {
            return role.roleName();
        }
    }
}
