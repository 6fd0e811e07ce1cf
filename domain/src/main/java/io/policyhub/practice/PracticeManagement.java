package io.policyhub.practice;

import io.policyhub.shared.Page;
import io.policyhub.shared.PageRequest;
import io.policyhub.shared.StateConflict;
import java.time.Clock;
import java.util.Collection;
import java.util.Set;

/** Registers practices and maintains their profiles. */
public class PracticeManagement {

    private final Practices practices;
    private final Clock clock;

    public PracticeManagement(Practices practices, Clock clock) {
        this.practices = practices;
        this.clock = clock;
    }

    public Practice register(NewPractice request) {
        String alias = Practice.validAlias(request.alias());
        if (practices.aliasTaken(alias)) {
            throw StateConflict.of(
                    "practice-alias-taken", "The alias '" + alias + "' is already used by another practice.");
        }
        var practice =
                new Practice(PracticeId.random(), request.name(), alias, request.contactEmail(), clock.instant());
        return practices.save(practice);
    }

    /** The practices whose Keycloak organizations (by alias) a caller belongs to. */
    public Set<PracticeId> membershipsOf(Collection<String> organizationAliases) {
        return practices.idsByAliases(organizationAliases);
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
        return practices.save(practice);
    }
}
