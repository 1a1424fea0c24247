package dev.devflow.bugs;

import edu.umd.cs.findbugs.AnalysisError;
import edu.umd.cs.findbugs.BugCollectionBugReporter;
import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.BugRanker;
import edu.umd.cs.findbugs.DetectorFactoryCollection;
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
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One SpotBugs analysis through its engine API (never its command line, whose bad arguments end
 * in {@code System.exit}). This class is loaded by a class loader of its own together with
 * SpotBugs and FindSecBugs ({@link SpotBugsWorkers}), so that analyses in different loaders share
 * none of SpotBugs' global state and can run at the same time; hence only JDK types cross its
 * boundary: a request map in, a result map out.
 *
 * <p>Request: {@code classesDirectory}, {@code auxClasspath} and {@code sourceRoots} (paths as
 * strings), {@code effort} ({@code min} … {@code max}), {@code threshold} and {@code maxRank}
 * (integers), {@code findSecBugsJar}, {@code includeFilter}, {@code excludeFilter} (paths or
 * null). Result: {@code bugs} (each a list of type, category, rank, priority, class, source path,
 * line, message, method), {@code errors}, {@code missingClasses}, {@code startedMillis} and
 * {@code endedMillis} (when SpotBugs ran); or {@code filterError} or {@code pluginError} with a
 * message.
 */
public final class SpotBugsEngine {

    /** FindSecBugs is registered with this loader's SpotBugs once; each analysis switches it on or off. */
    private static String findSecBugsId;

    private SpotBugsEngine() {
    }

    /** Runs one analysis on the calling thread, which must be a fresh one (SpotBugs keeps thread-local state). */
    public static Map<String, Object> analyse(Map<String, Object> request) throws IOException, InterruptedException {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("startedMillis", System.currentTimeMillis());
        String findSecBugsJar = (String) request.get("findSecBugsJar");
        try {
            registerFindSecBugs(findSecBugsJar);
        } catch (PluginException e) {
            result.put("pluginError", e.getMessage());
            return result;
        }
        try {
            collect(run(request, findSecBugsJar != null), result);
        } catch (FilterException e) {
            result.put("filterError", e.getMessage());
        }
        result.put("endedMillis", System.currentTimeMillis());
        return result;
    }

    @SuppressWarnings("unchecked")
    private static SortedBugCollection run(Map<String, Object> request, boolean findSecBugs) throws IOException,
            InterruptedException, FilterException {
        Project project = new Project();
        if (findSecBugsId != null) {
            project.setPluginStatusTrinary(findSecBugsId, findSecBugs);
        }
        project.addFile((String) request.get("classesDirectory"));
        ((List<String>) request.get("auxClasspath")).forEach(project::addAuxClasspathEntry);
        project.addSourceDirs((List<String>) request.get("sourceRoots"));
        int threshold = (Integer) request.get("threshold");
        int maxRank = Math.max(1, (Integer) request.get("maxRank"));
        String effort = ((String) request.get("effort")).trim().toLowerCase(Locale.ROOT);

        // errors are collected in the bug collection and reported by the gate; SpotBugs would also
        // print them, with stack traces, to System.err
        BugCollectionBugReporter reporter = new BugCollectionBugReporter(project, new PrintWriter(Writer.nullWriter()));
        // collect down to low priority: security findings fail whatever the threshold
        reporter.setPriorityThreshold(Math.max(threshold, Priorities.LOW_PRIORITY));
        reporter.setRankThreshold(maxRank);

        UserPreferences preferences = UserPreferences.createDefaultUserPreferences();
        // UserPreferences knows min, default and max only; the feature settings below carry the effort
        preferences.setEffort(switch (effort) {
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
            engine.setAnalysisFeatureSettings(featureSettings(effort));
            engine.setRankThreshold(maxRank);
            engine.setNoClassOk(true);
            engine.setScanNestedArchives(false);
            if (request.get("includeFilter") != null) {
                engine.addFilter((String) request.get("includeFilter"), true);
            }
            if (request.get("excludeFilter") != null) {
                engine.addFilter((String) request.get("excludeFilter"), false);
            }
            engine.finishSettings();
            engine.execute();
        } finally {
            engine.dispose();
        }
        return (SortedBugCollection) reporter.getBugCollection();
    }

    private static AnalysisFeatureSetting[] featureSettings(String effort) {
        return switch (effort) {
            case "min" -> edu.umd.cs.findbugs.FindBugs.MIN_EFFORT;
            case "less" -> edu.umd.cs.findbugs.FindBugs.LESS_EFFORT;
            case "more" -> edu.umd.cs.findbugs.FindBugs.MORE_EFFORT;
            case "max" -> edu.umd.cs.findbugs.FindBugs.MAX_EFFORT;
            default -> edu.umd.cs.findbugs.FindBugs.DEFAULT_EFFORT;
        };
    }

    private static void collect(SortedBugCollection collection, Map<String, Object> result) {
        List<List<Object>> bugs = new ArrayList<>();
        for (BugInstance bug : collection) {
            SourceLineAnnotation line = bug.getPrimarySourceLineAnnotation();
            bugs.add(List.of(bug.getType(), bug.getBugPattern().getCategory(), bug.getBugRank(), bug.getPriority(),
                    line.getClassName(), line.getSourcePath(), Math.max(0, line.getStartLine()),
                    bug.getMessageWithoutPrefix(),
                    bug.getPrimaryMethod() == null ? "" : bug.getPrimaryMethod().getMethodName()));
        }
        List<String> errors = new ArrayList<>();
        for (AnalysisError error : collection.getErrors()) {
            errors.add(error.getMessage() + (error.getExceptionMessage() == null ? "" : ": " + error.getExceptionMessage()));
        }
        List<String> missing = new ArrayList<>();
        for (Iterator<String> i = collection.missingClassIterator(); i.hasNext();) {
            missing.add(i.next());
        }
        result.put("bugs", bugs);
        result.put("errors", errors);
        result.put("missingClasses", missing);
    }

    private static synchronized void registerFindSecBugs(String jar) throws PluginException {
        if (jar == null || findSecBugsId != null) {
            return;
        }
        Plugin plugin = Plugin.addCustomPlugin(URI.create(jar), SpotBugsEngine.class.getClassLoader());
        if (plugin == null) {
            throw new PluginException("SpotBugs found no plugin in it");
        }
        rankAsTheCommandLineDoes(plugin);
        findSecBugsId = plugin.getPluginId();
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
            throw new PluginException("cannot rank its bugs as SpotBugs does: " + e.getMessage(), e);
        }
    }
}
