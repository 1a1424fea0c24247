package dev.devflow.testing.sample;

/** Carries a bug SpotBugs reports at its default threshold. */
public class Buggy {

    public String name(String raw) {
        raw.trim(); // the result is ignored: RV_RETURN_VALUE_IGNORED
        return raw;
    }
}
