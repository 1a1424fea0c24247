package dev.devflow.report;

import dev.devflow.gate.Finding;
import dev.devflow.gate.JsonWriter;
import dev.devflow.gate.Severity;
import dev.devflow.report.ModuleCheck.GateRun;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What CI systems read: GitHub Actions workflow commands ({@code ::error file=…,line=…::}) and
 * the step summary, and GitLab's Code Quality report.
 */
public final class CiAnnotations {

    /** GitHub shows only so many annotations per step; the rest are counted in one notice. */
    public static final int MAX_ANNOTATIONS = 50;

    private CiAnnotations() {
    }

    /** The workflow commands for the module's errors and warnings, capped. */
    public static List<String> github(ModuleCheck check) {
        List<String> commands = new ArrayList<>();
        int total = 0;
        for (GateRun run : check.gates()) {
            for (Finding f : ModuleCheck.placedFindings(run.result())) {
                if (f.severity() == Severity.NOTE) {
                    continue;
                }
                total++;
                if (commands.size() < MAX_ANNOTATIONS) {
                    commands.add(command(check, run.result().gate(), f));
                }
            }
        }
        if (total > MAX_ANNOTATIONS) {
            commands.add("::notice title=devflow::" + (total - MAX_ANNOTATIONS)
                    + " more findings are in target/devflow/report.json");
        }
        return commands;
    }

    private static String command(ModuleCheck check, String gate, Finding f) {
        StringBuilder command = new StringBuilder("::").append(f.severity() == Severity.ERROR ? "error" : "warning");
        List<String> properties = new ArrayList<>();
        if (f.location() != null) {
            properties.add("file=" + property(check.repositoryPath(gate, f.location().path())));
            if (f.location().line() > 0) {
                properties.add("line=" + f.location().line());
                properties.add("endLine=" + f.location().endLine());
            }
            if (f.location().column() > 0) {
                properties.add("col=" + f.location().column());
            }
        }
        properties.add("title=" + property(f.ruleId()));
        return command.append(' ').append(String.join(",", properties)).append("::").append(data(f.message())).toString();
    }

    /** Appends the Markdown summary to the file GitHub names in GITHUB_STEP_SUMMARY. */
    public static void appendStepSummary(ModuleCheck check, Path summaryFile) throws IOException {
        Files.writeString(summaryFile, MarkdownReport.render(check) + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** GitLab's Code Quality report (a JSON array of issues). */
    public static Path writeGitlabCodeQuality(ModuleCheck check, Path file) throws IOException {
        List<Object> issues = new ArrayList<>();
        for (GateRun run : check.gates()) {
            for (Finding f : ModuleCheck.placedFindings(run.result())) {
                if (f.severity() == Severity.NOTE || f.location() == null) {
                    continue;
                }
                Map<String, Object> issue = new LinkedHashMap<>();
                issue.put("description", f.message());
                issue.put("check_name", f.ruleId());
                String gate = run.result().gate();
                issue.put("fingerprint", md5(f.ruleId() + "|" + check.repositoryPath(gate, f.location().toString()) + "|"
                        + f.message()));
                issue.put("severity", f.severity() == Severity.ERROR ? "major" : "minor");
                Map<String, Object> location = new LinkedHashMap<>();
                location.put("path", check.repositoryPath(gate, f.location().path()));
                location.put("lines", Map.of("begin", Math.max(1, f.location().line())));
                issue.put("location", location);
                issues.add(issue);
            }
        }
        return ReportFiles.write(file, JsonWriter.write(issues));
    }

    private static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }

    private static String md5(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
            return String.format("%032x", new BigInteger(1, digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has MD5", e);
        }
    }
}
