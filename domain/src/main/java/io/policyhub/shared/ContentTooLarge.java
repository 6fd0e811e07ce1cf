package io.policyhub.shared;

/** Content longer than the domain keeps: the request is well formed, but too big to accept. */
public abstract class ContentTooLarge extends DomainException {

    private final String problem;
    private final long limit;

    protected ContentTooLarge(String problem, String message, long limit) {
        super(message);
        this.problem = problem;
        this.limit = limit;
    }

    /** The largest size accepted, in the unit the message names. */
    public long limit() {
        return limit;
    }

    @Override
    public String problem() {
        return problem;
    }
}
