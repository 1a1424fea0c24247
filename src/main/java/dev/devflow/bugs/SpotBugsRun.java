package dev.devflow.bugs;

import dev.devflow.gate.GateInputException;
import edu.umd.cs.findbugs.AnalysisError;
import edu.umd.cs.findbugs.BugCollectionBugReporter;
import edu.umd.cs.findbugs.BugRanker;
import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.DetectorFactoryCollection;
import edu.umd.cs.findbugs.FindBugs;
import edu.umd.cs.findbugs.FindBugs2;
import edu.umd.cs.findbugs.Plugin;
import edu.umd.cs.findbugs.PluginException;
import edu.umd.cs.findbugs.Priorities;
import edu.umd.cs.findbugs.Project;
import edu.umd.cs.findbugs.SortedBugCollection;
import edu.umd.cs.findbugs.SourceLineAnnotation;
import edu.umd.cs.findbugs.config.AnalysisFeatureSetting;
import edu.umd.cs.findbugs.config.UserPreferences;
import edu.umd.cs.findbugs.filter.FilterException;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One SpotBugs analysis through its engine API (never its command line, whose bad arguments end
 * in {@code System.exit}). SpotBugs keeps global and thread-local state, so each analysis runs
 * on a thread of its own and analyses are serialised in the JVM.
 */
final class SpotBugsRun {

    /** SpotBugs' global state allows one analysis at a time per JVM. */
    private static final Object ONE_AT_A_TIME = new Object();
    /** FindSecBugs is registered with SpotBugs once per JVM; each analysis switches it on or off. */
    private static String findSecBugsId;

    /** What one analysis produced: the bugs, and what kept it from being complete. */
    record Outcome(List<Bug> bugs, List<String> errors, List<String> missingClasses) {
    }

    private final StaticAnalysisSettings settings;

    SpotBugsRun(StaticAnalysisSettings settings) {
        this.settings = settings;
    }

    Outcome analyse() throws GateInputException {
        AnalysisFeatureSetting[] effort = effort(settings.effort());
        int threshold = threshold(settings.threshold());
        checkFilter("includeFilterFile", settings.includeFilter());
        checkFilter("excludeFilterFile", settings.excludeFilter());
        synchronized (ONE_AT_A_TIME) {
            registerFindSecBugs();
            AtomicReference<Object> result = new AtomicReference<>();
            Thread thread = new Thread(() -> {
                try {
                    result.set(run(effort, threshold));
                } catch (Throwable t) { // handed to the caller's thread, which names it
                    result.set(t);
                }
            }, "devflow-spotbugs");
            thread.setDaemon(true);
            thread.start();
            try {
                thread.join();
            } catch (InterruptedException e) {
                thread.interrupt();
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while SpotBugs was running", e);
            }
            return outcome(result.get());
        }
    }

    private static Outcome outcome(Object result) throws GateInputException {
        if (result instanceof Outcome outcome) {
            return outcome;
        }
        if (result instanceof FilterException e) {
            throw GateInputException.ofParameter("filter file", "cannot be read: " + e.getMessage(),
                    "give a SpotBugs filter file (<FindBugsFilter> with <Match> elements).");
        }
        if (result instanceof RuntimeException e) {
            throw e;
        }
        if (result instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException("SpotBugs failed: " + result, (Throwable) result);
    }

    private Outcome run(AnalysisFeatureSetting[] effort, int threshold) throws IOException, InterruptedException,
            FilterException {
        Project project = new Project();
        if (findSecBugsId != null) {
            project.setPluginStatusTrinary(findSecBugsId, settings.findSecBugsJar() != null);
        }
        project.addFile(settings.classesDirectory().toString());
        settings.auxClasspath().forEach(entry -> project.addAuxClasspathEntry(entry.toString()));
        project.addSourceDirs(settings.sourceRoots().stream().map(Path::toString).toList());

        // errors are collected in the bug collection and reported by the gate; SpotBugs would also
        // print them, with stack traces, to System.err
        BugCollectionBugReporter reporter = new BugCollectionBugReporter(project, new PrintWriter(Writer.nullWriter()));
        // collect down to low priority: security findings fail whatever the threshold
        reporter.setPriorityThreshold(Math.max(threshold, Priorities.LOW_PRIORITY));
        reporter.setRankThreshold(Math.max(1, settings.maxRank()));

        UserPreferences preferences = UserPreferences.createDefaultUserPreferences();
        // UserPreferences knows min, default and max only; the feature settings below carry the effort
        String normalised = settings.effort() == null ? "" : settings.effort().trim().toLowerCase(Locale.ROOT);
        preferences.setEffort(switch (normalised) {
            case "min", "less" -> UserPreferences.EFFORT_MIN;
            case "max" -> UserPreferences.EFFORT_MAX;
            default -> UserPreferences.EFFORT_DEFAULT;
        });

        FindBugs2 engine = new FindBugs2();
        try {
            engine.setDetectorFactoryCollection(DetectorFactoryCollection.instance());
            engine.setProject(project);
            engine.setBugReporter(reporter);
            engine.setUserPreferences(preferences);
            // the effort is applied through the feature settings, which the engine reads
            engine.setAnalysisFeatureSettings(effort);
            engine.setRankThreshold(Math.max(1, settings.maxRank()));
            engine.setNoClassOk(true);
            engine.setScanNestedArchives(false);
            if (settings.includeFilter() != null) {
                engine.addFilter(settings.includeFilter().toString(), true);
            }
            if (settings.excludeFilter() != null) {
                engine.addFilter(settings.excludeFilter().toString(), false);
            }
            engine.finishSettings();
            engine.execute();
        } finally {
            engine.dispose();
        }
        return collect((SortedBugCollection) reporter.getBugCollection());
    }

    private static Outcome collect(SortedBugCollection collection) {
        List<Bug> bugs = new ArrayList<>();
        for (BugInstance bug : collection) {
            SourceLineAnnotation line = bug.getPrimarySourceLineAnnotation();
            bugs.add(new Bug(bug.getType(), bug.getBugPattern().getCategory(), bug.getBugRank(), bug.getPriority(),
                    line.getClassName(), line.getSourcePath(), Math.max(0, line.getStartLine()),
                    bug.getMessageWithoutPrefix(), bug.getPrimaryMethod() == null ? "" : bug.getPrimaryMethod().getMethodName()));
        }
        List<String> errors = new ArrayList<>();
        for (AnalysisError error : collection.getErrors()) {
            errors.add(error.getMessage() + (error.getExceptionMessage() == null ? "" : ": " + error.getExceptionMessage()));
        }
        List<String> missing = new ArrayList<>();
        for (Iterator<String> i = collection.missingClassIterator(); i.hasNext();) {
            missing.add(i.next());
        }
        return new Outcome(bugs, errors, missing);
    }

    private void registerFindSecBugs() throws GateInputException {
        Path jar = settings.findSecBugsJar();
        if (jar == null || findSecBugsId != null) {
            return;
        }
        try {
            Plugin plugin = Plugin.addCustomPlugin(jar.toUri(), SpotBugsRun.class.getClassLoader());
            if (plugin == null) {
                throw new PluginException("SpotBugs found no plugin in it");
            }
            rankAsTheCommandLineDoes(plugin);
            findSecBugsId = plugin.getPluginId();
        } catch (PluginException e) {
            throw GateInputException.ofFile(jar, "cannot be loaded as a SpotBugs plugin: " + e.getMessage(),
                    "do not replace devflow's findsecbugs-plugin dependency with another artifact.");
        }
    }

    /**
     * FindSecBugs ships no bugrank.txt, so SpotBugs gives it whatever bugrank.txt the system class
     * loader finds: spotbugs.jar's under the command line and spotbugs-maven-plugin (MD5 ranks 10),
     * none in a Maven plugin realm (MD5 would rank 5). Give it the core file explicitly.
     */
    private static void rankAsTheCommandLineDoes(Plugin plugin) throws PluginException {
        try {
            java.lang.reflect.Constructor<BugRanker> ranker = BugRanker.class.getDeclaredConstructor(java.net.URL.class);
            ranker.setAccessible(true);
            plugin.setBugRanker(ranker.newInstance(BugRanker.class.getResource("/" + BugRanker.FILENAME)));
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new PluginException("cannot rank its bugs as SpotBugs does: " + e, e);
        }
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
