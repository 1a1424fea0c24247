package dev.devflow.baseline;

import dev.devflow.gate.GateInputException;

/**
 * The merge-base of HEAD and the base ref is not in this clone, nearly always because the clone
 * is shallow (CI checkouts fetch one commit unless told otherwise). Its own type because it is
 * the one {@link NewCode} failure a build may be told to turn into a warning: a wrong or unknown
 * ref is always the user's mistake, missing history may be the CI's default.
 */
public final class MissingMergeBase extends GateInputException {

    private static final long serialVersionUID = 1L;

    MissingMergeBase(String parameter, String problem, String fix) {
        super(null, 0, "parameter " + parameter + ": " + problem, fix);
    }
}
