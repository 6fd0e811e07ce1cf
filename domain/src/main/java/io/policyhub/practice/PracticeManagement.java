package io.policyhub.practice;

import io.policyhub.shared.Page;
import io.policyhub.shared.PageRequest;
import io.policyhub.shared.StateConflict;
import java.time.Clock;

/** Registers practices, with their organizations in the identity provider, and maintains their profiles. */
public class PracticeManagement {

    private final Practices practices;
    private final PracticeDirectory directory;
    private final StaffEnrolment enrolment;
    private final Clock clock;

    public PracticeManagement(Practices practices, PracticeDirectory directory, Clock clock) {
        this.practices = practices;
        this.directory = directory;
        this.enrolment = new StaffEnrolment(directory);
        this.clock = clock;
    }

    /**
     * Registers the practice, creates its organization and invites its first admin. Runs in one transaction: if
     * the identity provider fails, the organization this call created is removed again and the exception rolls
     * the practice back, so a practice never exists half-created. An organization that survives anyway (the
     * provider went away before it could be removed) is reused when the registration is sent again.
     */
    public Practice register(NewPractice request) {
        String alias = Practice.validAlias(request.alias());
        if (practices.aliasTaken(alias)) {
            throw StateConflict.of(
                    "practice-alias-taken", "The alias '" + alias + "' is already used by another practice.");
        }
        Practice practice = practices.save(
                new Practice(PracticeId.random(), request.name(), alias, request.contactEmail(), clock.instant()));
        boolean created = directory.createOrganization(practice);
        try {
            request.firstAdmin().ifPresent(admin -> enrolment.enrol(practice, admin));
        } catch (RuntimeException failure) {
            if (created) {
                removeOrganization(practice, failure);
            }
            throw failure;
        }
        return practice;
    }

    private void removeOrganization(Practice practice, RuntimeException failure) {
        try {
            directory.removeOrganization(practice);
        } catch (RuntimeException alsoFailed) {
            failure.addSuppressed(alsoFailed);
        }
    }

    public Practice get(PracticeId id) {
        return practices.findById(id).orElseThrow(() -> PracticeNotFound.of(id));
    }

    public Page<Practice> list(PageRequest page) {
        return practices.findVisible(page);
    }

    public Practice change(PracticeId id, PracticeChanges changes) {
        Practice practice = get(id);
        changes.name().ifPresent(practice::rename);
        changes.contactEmail().ifPresent(email -> practice.changeContactEmail(email.orElse(null)));
        changes.brandColour()
                .ifPresent(colour ->
                        practice.changeBrandColour(colour.map(BrandColour::new).orElse(null)));
        changes.reminderDays().ifPresent(days -> practice.changeReminderSchedule(new ReminderSchedule(days)));
        changes.professionalBody().ifPresent(body -> practice.changeProfessionalBody(body.orElse(null)));
        changes.emailSenderName()
                .ifPresent(sender ->
                        practice.changeSenderName(sender.map(SenderName::new).orElse(null)));
        return practices.save(practice);
    }
}
