package io.policyhub.shared;

/** The request is well formed but the resource's current state does not allow it. */
public class StateConflict extends DomainException {

    private final String problem;

    protected StateConflict(String problem, String message) {
        super(message);
        this.problem = problem;
    }

    public static StateConflict of(String problem, String message) {
        return new StateConflict(problem, message);
    }

    @Override
    public String problem() {
        return problem;
    }
}
