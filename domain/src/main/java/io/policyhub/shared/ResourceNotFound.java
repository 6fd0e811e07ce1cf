package io.policyhub.shared;

/** The resource does not exist, or exists in a practice the caller cannot see: the two look the same. */
public class ResourceNotFound extends DomainException {

    private final String problem;

    protected ResourceNotFound(String problem, String message) {
        super(message);
        this.problem = problem;
    }

    @Override
    public String problem() {
        return problem;
    }
}
