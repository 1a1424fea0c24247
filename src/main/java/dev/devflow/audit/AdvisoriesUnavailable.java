package dev.devflow.audit;

import java.net.URI;

/**
 * The advisory database could not be reached and there is no usable copy of it: the audit has
 * nothing to check the dependencies against. Checked, so that the caller decides between failing
 * the build and only warning ({@code devflow.audit.failOnUnavailable}). The message says what
 * failed, at which URL, and the fix.
 */
public final class AdvisoriesUnavailable extends Exception {

    private static final long serialVersionUID = 1L;

    private final URI url;
    private final String problem;
    private final String fix;

    /**
     * @param url     the address that could not be read
     * @param problem what failed, as a sentence
     * @param fix     what the user can do about it
     */
    public AdvisoriesUnavailable(URI url, String problem, String fix) {
        super(problem + " Fix: " + fix);
        this.url = url;
        this.problem = problem;
        this.fix = fix;
    }

    /** The address that could not be read: the export zip, or the API request that failed. */
    public URI url() {
        return url;
    }

    /** What failed, without the fix. */
    public String problem() {
        return problem;
    }

    public String fix() {
        return fix;
    }
}
