package dev.devflow.coverage;

import dev.devflow.coverage.ReactorProgress.FailureBehavior;
import dev.devflow.coverage.ReactorProgress.Module;
import dev.devflow.coverage.ReactorProgress.State;
import dev.devflow.gate.Finding;
import dev.devflow.gate.GateResult;
import dev.devflow.gate.GateStatus;
import dev.devflow.gate.Location;
import dev.devflow.gate.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ReactorProgressTest {

    private static Module module(String name, State state, String... upstream) {
        return new Module(name, name + "/pom.xml", state, Set.of(upstream));
    }

    @Test
    void waitsForAModuleStillRunningAndIncludesEveryModuleOnceAllAreBuilt() {
        ReactorProgress running = new ReactorProgress(List.of(module("core", State.BUILT), module("api", State.PENDING)),
                FailureBehavior.FAIL_FAST);
        ReactorProgress done = new ReactorProgress(List.of(module("core", State.BUILT), module("api", State.BUILT)),
                FailureBehavior.FAIL_FAST);

        assertThat(running.settled()).isFalse();
        assertThat(done.settled()).isTrue();
        assertThat(done.leftOut(true)).isEmpty();
        assertThat(done.built("api")).isTrue();
    }

    @Test
    void underFailAtEndDoesNotWaitForAModuleSkippedAfterItsDependencyFailedAndNamesBoth() {
        ReactorProgress progress = new ReactorProgress(List.of(module("core", State.FAILED),
                module("api", State.PENDING, "core"), module("web", State.BUILT)), FailureBehavior.FAIL_AT_END);

        assertThat(progress.settled()).isTrue();
        assertThat(progress.built("core")).isFalse();
        assertThat(progress.leftOut(true)).containsExactly(
                new Finding("coverage.aggregate-module-missing", Severity.ERROR, "module core is not in the reactor"
                        + " aggregate: its build failed, so the aggregate's figures leave out its classes and the code"
                        + " its tests ran. Fix it and build again; -Ddevflow.coverage.failOnMissingData=false only warns.",
                        Location.ofFile("core/pom.xml")),
                new Finding("coverage.aggregate-module-missing", Severity.ERROR, "module api is not in the reactor"
                        + " aggregate: it was skipped because core, which it depends on, failed, so the aggregate's"
                        + " figures leave out its classes and the code its tests ran. Fix it and build again;"
                        + " -Ddevflow.coverage.failOnMissingData=false only warns.",
                        Location.ofFile("api/pom.xml")));
    }

    @Test
    void theAggregateSaysInItsHeadlineHowManyModulesItLeftOut() {
        ReactorProgress progress = new ReactorProgress(List.of(module("core", State.FAILED),
                module("api", State.PENDING, "core")), FailureBehavior.FAIL_AT_END);
        GateResult aggregate = GateResult.measured("coverage", "line coverage 1.00", List.of(), List.of(), Map.of());

        GateResult complete = progress.complete(aggregate, false);

        assertThat(complete.headline()).isEqualTo("line coverage 1.00; 2 modules not in the aggregate");
        assertThat(complete.status()).isEqualTo(GateStatus.WARNED);
        assertThat(new ReactorProgress(List.of(module("core", State.BUILT)), FailureBehavior.FAIL_FAST)
                .complete(aggregate, true)).isSameAs(aggregate);
    }

    @Test
    void underFailAtEndWaitsForAModuleThatDoesNotDependOnTheFailedOne() {
        ReactorProgress progress = new ReactorProgress(List.of(module("core", State.FAILED),
                module("web", State.PENDING)), FailureBehavior.FAIL_AT_END);

        assertThat(progress.settled()).isFalse();
    }

    @Test
    void underFailFastNothingPendingIsWaitedForOnceAModuleFailed() {
        ReactorProgress progress = new ReactorProgress(List.of(module("core", State.FAILED),
                module("web", State.PENDING)), FailureBehavior.FAIL_FAST);

        assertThat(progress.settled()).isTrue();
        assertThat(progress.leftOut(false)).extracting(Finding::severity, Finding::message).contains(
                org.assertj.core.groups.Tuple.tuple(Severity.WARNING, "module web is not in the reactor aggregate: the"
                        + " build stopped starting modules when core failed, so the aggregate's figures leave out its"
                        + " classes and the code its tests ran."));
    }

    @Test
    void underFailNeverWaitsForEveryModule() {
        ReactorProgress progress = new ReactorProgress(List.of(module("core", State.FAILED),
                module("api", State.PENDING, "core")), FailureBehavior.FAIL_NEVER);

        assertThat(progress.settled()).isFalse();
    }

    @Test
    void namesAModuleThatAResumedBuildDidNotBuildAndThatHasNoClasses() {
        ReactorProgress progress = new ReactorProgress(List.of(module("core", State.NOT_BUILT),
                module("api", State.BUILT)), FailureBehavior.FAIL_FAST);

        assertThat(progress.settled()).isTrue();
        assertThat(progress.leftOut(true)).extracting(Finding::message).containsExactly("module core is not in the"
                + " reactor aggregate: it was not built in this run (the build resumed after it) and has no classes"
                + " from an earlier one, so the aggregate's figures leave out its classes and the code its tests ran."
                + " Fix it and build again; -Ddevflow.coverage.failOnMissingData=false only warns.");
    }
}
