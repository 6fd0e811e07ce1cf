package io.policyhub.practice;

/** Who may act for a practice: its staff, invited with a role, and its integrators' clients. */
public class PracticeAccessManagement {

    private final Practices practices;
    private final PracticeDirectory directory;
    private final StaffEnrolment enrolment;

    public PracticeAccessManagement(Practices practices, PracticeDirectory directory) {
        this.practices = practices;
        this.directory = directory;
        this.enrolment = new StaffEnrolment(directory);
    }

    public StaffInvited invite(PracticeId id, StaffInvitation invitation) {
        return enrolment.enrol(practice(id), invitation);
    }

    /** Creates an integrator client bound to the practice; its secret is in the result only. */
    public IntegratorCredentials createIntegration(PracticeId id, String name) {
        Practice practice = practice(id);
        return directory.createIntegrator(practice, IntegratorClient.of(practice, name));
    }

    private Practice practice(PracticeId id) {
        return practices.findById(id).orElseThrow(() -> PracticeNotFound.of(id));
    }
}
