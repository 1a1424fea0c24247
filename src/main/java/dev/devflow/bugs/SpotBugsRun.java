package dev.devflow.bugs;

import dev.devflow.gate.GateInputException;
import edu.umd.cs.findbugs.FindBugs;
import edu.umd.cs.findbugs.Priorities;
import edu.umd.cs.findbugs.config.AnalysisFeatureSetting;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One SpotBugs analysis of a module, run by a {@link SpotBugsWorkers worker}: SpotBugs in a class
 * loader of its own, so that as many analyses run side by side as the settings allow.
 */
final class SpotBugsRun {

    /**
     * What one analysis produced: the bugs, and what kept it from being complete; when it ran
     * (both null for an outcome from the result cache).
     */
    record Outcome(List<Bug> bugs, List<String> errors, List<String> missingClasses, Instant started,
                   Instant ended) {

        Outcome(List<Bug> bugs, List<String> errors, List<String> missingClasses) {
            this(bugs, errors, missingClasses, null, null);
        }
    }

    private final StaticAnalysisSettings settings;

    SpotBugsRun(StaticAnalysisSettings settings) {
        this.settings = settings;
    }

    Outcome analyse() throws GateInputException {
        effort(settings.effort());
        int threshold = threshold(settings.threshold());
        checkFilter("includeFilterFile", settings.includeFilter());
        checkFilter("excludeFilterFile", settings.excludeFilter());
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("classesDirectory", settings.classesDirectory().toString());
        request.put("auxClasspath", settings.auxClasspath().stream().map(Path::toString).toList());
        request.put("sourceRoots", settings.sourceRoots().stream().map(Path::toString).toList());
        request.put("effort", settings.effort() == null ? "" : settings.effort());
        request.put("threshold", threshold);
        request.put("maxRank", settings.maxRank());
        request.put("findSecBugsJar", settings.findSecBugsJar() == null ? null
                : settings.findSecBugsJar().toUri().toString());
        request.put("includeFilter", settings.includeFilter() == null ? null : settings.includeFilter().toString());
        request.put("excludeFilter", settings.excludeFilter() == null ? null : settings.excludeFilter().toString());
        Map<String, Object> result;
        try {
            result = SpotBugsWorkers.jvm().analyse(request, settings.analysesAtOnce());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while SpotBugs was running", e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("SpotBugs failed: " + (e.getMessage() == null ? "no message" : e.getMessage()), e);
        }
        return outcome(result);
    }

    @SuppressWarnings("unchecked")
    private Outcome outcome(Map<String, Object> result) throws GateInputException {
        if (result.containsKey("filterError")) {
            throw GateInputException.ofParameter("filter file", "cannot be read: " + result.get("filterError"),
                    "give a SpotBugs filter file (<FindBugsFilter> with <Match> elements).");
        }
        if (result.containsKey("pluginError")) {
            throw GateInputException.ofFile(settings.findSecBugsJar(), "cannot be loaded as a SpotBugs plugin: "
                    + result.get("pluginError"), "do not replace devflow's findsecbugs-plugin dependency with another"
                    + " artifact.");
        }
        List<Bug> bugs = new ArrayList<>();
        for (List<Object> b : (List<List<Object>>) result.get("bugs")) {
            bugs.add(new Bug((String) b.get(0), (String) b.get(1), (Integer) b.get(2), (Integer) b.get(3),
                    (String) b.get(4), (String) b.get(5), (Integer) b.get(6), (String) b.get(7), (String) b.get(8)));
        }
        // when the worker's SpotBugs ran, not counting the wait for a worker
        return new Outcome(bugs, (List<String>) result.get("errors"), (List<String>) result.get("missingClasses"),
                Instant.ofEpochMilli((Long) result.get("startedMillis")),
                Instant.ofEpochMilli((Long) result.get("endedMillis")));
    }

    static AnalysisFeatureSetting[] effort(String effort) throws GateInputException {
        return switch (effort == null ? "" : effort.trim().toLowerCase(Locale.ROOT)) {
            case "min" -> FindBugs.MIN_EFFORT;
            case "less" -> FindBugs.LESS_EFFORT;
            case "default", "" -> FindBugs.DEFAULT_EFFORT;
            case "more" -> FindBugs.MORE_EFFORT;
            case "max" -> FindBugs.MAX_EFFORT;
            default -> throw GateInputException.ofParameter("effort", "unknown effort '" + effort + "'.",
                    "use min, default or max.");
        };
    }

    static int threshold(String threshold) throws GateInputException {
        return switch (threshold == null ? "" : threshold.trim().toLowerCase(Locale.ROOT)) {
            case "high" -> Priorities.HIGH_PRIORITY;
            case "medium", "default", "" -> Priorities.NORMAL_PRIORITY;
            case "low" -> Priorities.LOW_PRIORITY;
            case "exp", "experimental" -> Priorities.EXP_PRIORITY;
            default -> throw GateInputException.ofParameter("threshold", "unknown threshold '" + threshold + "'.",
                    "use high, medium (the default) or low.");
        };
    }

    private static void checkFilter(String parameter, Path filter) throws GateInputException {
        if (filter != null && !java.nio.file.Files.isRegularFile(filter)) {
            throw GateInputException.ofParameter(parameter, "there is no file " + filter + ".",
                    "point it at a SpotBugs filter file of the project, or remove it.");
        }
    }
}
