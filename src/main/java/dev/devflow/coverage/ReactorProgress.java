package dev.devflow.coverage;

import dev.devflow.gate.Finding;
import dev.devflow.gate.GateResult;
import dev.devflow.gate.Location;
import dev.devflow.gate.Severity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the reactor's other modules stand when the aggregate, in the last module of the build
 * order, is about to run. Under {@code mvn -T} that module can start while modules it does not
 * depend on are still testing; the aggregate must wait for each module that will still finish,
 * and for no module that will not: one downstream of a failure under {@code --fail-at-end} is
 * skipped, and under {@code --fail-fast} nothing starts after a failure. The modules the
 * aggregate could not include are named, each with why.
 */
public final class ReactorProgress {

    /** How Maven goes on after a module failed ({@code --fail-fast}, {@code --fail-at-end}, {@code --fail-never}). */
    public enum FailureBehavior { FAIL_FAST, FAIL_AT_END, FAIL_NEVER }

    /** Where one module stands. */
    public enum State {
        /** finished, with its classes and data in its build directory */
        BUILT,
        FAILED,
        /** not finished yet: running, waiting for a thread, or never to start */
        PENDING,
        /** not in this build (resumed with {@code -rf} after it) and without classes from an earlier one */
        NOT_BUILT
    }

    /**
     * One module of the reactor.
     *
     * @param name     the artifactId, as the log names modules
     * @param pom      the pom's path relative to the reactor root, where a left-out module is reported
     * @param state    where it stands
     * @param upstream names of the modules it depends on, directly or not
     */
    public record Module(String name, String pom, State state, Set<String> upstream) {
        public Module {
            upstream = Set.copyOf(upstream);
        }
    }

    private final Map<String, Module> modules = new LinkedHashMap<>();
    private final FailureBehavior behavior;

    /** @param modules every module but the one running the aggregate */
    public ReactorProgress(List<Module> modules, FailureBehavior behavior) {
        modules.forEach(m -> this.modules.put(m.name(), m));
        this.behavior = behavior;
    }

    /** Whether this module finished (or was built before a resumed build), so its classes and data count. */
    public boolean built(String name) {
        Module module = modules.get(name);
        return module != null && module.state() == State.BUILT;
    }

    /** Whether every module that will still finish has finished, so the aggregate can run now. */
    public boolean settled() {
        return modules.values().stream().noneMatch(m -> m.state() == State.PENDING && whyNotRun(m).isEmpty());
    }

    /**
     * A finding per module the aggregate cannot include, in reactor order: an error, or with
     * {@code failOnMissingData} off a warning. Call once {@link #settled()}.
     */
    public List<Finding> leftOut(boolean failOnMissingData) {
        List<Finding> findings = new ArrayList<>();
        for (Module module : modules.values()) {
            Optional<String> reason = switch (module.state()) {
                case BUILT -> Optional.empty();
                case FAILED -> Optional.of("its build failed");
                case NOT_BUILT -> Optional.of("it was not built in this run (the build resumed after it) and has no"
                        + " classes from an earlier one");
                case PENDING -> Optional.of(whyNotRun(module).orElse("it had not finished"));
            };
            reason.ifPresent(why -> findings.add(new Finding("coverage.aggregate-module-missing",
                    failOnMissingData ? Severity.ERROR : Severity.WARNING,
                    "module " + module.name() + " is not in the reactor aggregate: " + why
                            + ", so the aggregate's figures leave out its classes and the code its tests ran."
                            + (failOnMissingData ? " Fix it and build again; -Ddevflow.coverage.failOnMissingData=false"
                            + " only warns." : ""),
                    Location.ofFile(module.pom()))));
        }
        return findings;
    }

    /** The aggregate's result with the modules it left out, named in its headline and as findings. */
    public GateResult complete(GateResult aggregate, boolean failOnMissingData) {
        List<Finding> leftOut = leftOut(failOnMissingData);
        return aggregate.withMoreFindings(leftOut.size() + (leftOut.size() == 1 ? " module" : " modules")
                + " not in the aggregate", leftOut);
    }

    /** Why a module that has not finished never will, if it never will. */
    private Optional<String> whyNotRun(Module module) {
        List<String> failed = modules.values().stream().filter(m -> m.state() == State.FAILED).map(Module::name).toList();
        if (failed.isEmpty()) {
            return Optional.empty();
        }
        if (behavior == FailureBehavior.FAIL_FAST) {
            return Optional.of("the build stopped starting modules when " + String.join(", ", failed) + " failed");
        }
        if (behavior == FailureBehavior.FAIL_AT_END) {
            List<String> failedUpstream = failed.stream().filter(module.upstream()::contains).toList();
            if (!failedUpstream.isEmpty()) {
                return Optional.of("it was skipped because " + String.join(", ", failedUpstream)
                        + ", which it depends on, failed");
            }
        }
        return Optional.empty();
    }
}
