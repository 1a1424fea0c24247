package dev.devflow.changelog;

import dev.devflow.gate.Finding;
import dev.devflow.gate.Gate;
import dev.devflow.gate.GateInputException;
import dev.devflow.gate.GateResult;
import dev.devflow.gate.Location;
import dev.devflow.gate.Measurement;
import dev.devflow.gate.Severity;
import dev.devflow.gate.Threshold;
import dev.devflow.git.GitProblem;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The changelog gate: CHANGELOG.md against Keep a Changelog 1.1.0. */
public final class ChangelogGate implements Gate {

    public static final String NAME = "changelog";

    private final ChangelogSettings settings;
    private final String checkedIn;

    public ChangelogGate(ChangelogSettings settings) {
        this(settings, null);
    }

    /**
     * @param checkedIn the module that checks the file itself, when it is another module's (a
     *                  reactor's root changelog, which every module reads): this module then
     *                  reports only what is its own, a change of its sources without an entry,
     *                  so that the file's problems are said once, not once per module; null when
     *                  this module checks the file
     */
    public ChangelogGate(ChangelogSettings settings, String checkedIn) {
        this.settings = settings;
        this.checkedIn = checkedIn;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public GateResult evaluate() throws GateInputException {
        ChangelogValidator validator = new ChangelogValidator(settings);
        if (!Files.isRegularFile(settings.file())) {
            return missing();
        }
        String text;
        try {
            text = readText();
        } catch (UnreadableText e) {
            return result(checkedIn == null ? List.of(e.finding) : List.of(), Map.of());
        }
        Changelog changelog = ChangelogParser.parse(text);
        List<Finding> findings = new ArrayList<>(checkedIn == null ? validator.validate(changelog) : List.of());
        if (settings.baseRef() != null && !settings.baseRef().isBlank()
                && !settings.disabledRules().contains("change-without-entry")) {
            findings.addAll(changeWithoutEntry(changelog));
        }
        if (text.isBlank() && checkedIn == null) {
            findings.add(0, new Finding("changelog.empty", Severity.ERROR, "the changelog is empty; start it"
                    + " with '# Changelog' and '## [Unreleased]'.", Location.ofFile(settings.displayPath())));
        }
        findings.sort(Finding.BY_PLACE);
        return result(findings, details(changelog));
    }

    /** The parsed changelog, for goals that use it (version, release). */
    public Changelog changelog() throws GateInputException {
        try {
            return ChangelogParser.parse(readText());
        } catch (UnreadableText e) {
            throw GateInputException.ofFile(settings.file(), e.finding.message(), "");
        }
    }

    private List<Finding> changeWithoutEntry(Changelog changelog) {
        try {
            return ChangeWithoutEntry.check(settings, changelog).stream().toList();
        } catch (GitProblem e) {
            Severity severity = settings.failOnGitProblem() ? Severity.ERROR : Severity.WARNING;
            return List.of(new Finding("changelog.git", severity, "the change-without-entry check could not run: "
                    + e.getMessage() + (settings.failOnGitProblem()
                    ? " Set devflow.changelog.failOnGitProblem=false to only warn." : ""),
                    Location.ofFile(settings.displayPath())));
        }
    }

    private GateResult missing() {
        if (!settings.failIfMissing()) {
            return GateResult.notApplicable(NAME, "no changelog at " + settings.file());
        }
        Finding finding = new Finding("changelog.missing", Severity.ERROR, "there is no changelog at "
                + settings.file() + "; create it (Keep a Changelog 1.1.0) or point devflow.changelog.file at it.",
                Location.ofFile(settings.displayPath()));
        return result(List.of(finding), Map.of());
    }

    private GateResult result(List<Finding> findings, Map<String, Object> details) {
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
        String warningCount = warnings + (warnings == 1 ? " warning" : " warnings");
        Measurement problems = new Measurement("problems", Long.toString(errors), warningCount,
                Threshold.maximum(BigDecimal.ZERO), errors == 0,
                errors + (errors == 1 ? " problem" : " problems") + " in " + settings.displayPath()
                        + ", expected none: fix the lines below.");
        String headline = "changelog " + errors + (errors == 1 ? " problem" : " problems")
                + (warnings > 0 ? ", " + warningCount : "");
        return GateResult.measured(NAME, headline, List.of(problems), findings, details);
    }

    private String readText() throws UnreadableText {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(settings.file());
        } catch (IOException e) {
            throw new UnreadableText(finding(0, "cannot be read: " + e.getMessage()));
        }
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            throw new UnreadableText(finding(1, "the file is UTF-16; save it as UTF-8."));
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new UnreadableText(finding(lineAt(bytes, i), "the file is binary (a NUL byte), not Markdown."));
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableText(finding(firstBadLine(bytes), "the line is not UTF-8 text; save the file"
                    + " as UTF-8."));
        }
    }

    private Finding finding(int line, String message) {
        Location location = line > 0 ? Location.ofLine(settings.displayPath(), line)
                : Location.ofFile(settings.displayPath());
        return new Finding("changelog.encoding", Severity.ERROR, message, location);
    }

    private static int lineAt(byte[] bytes, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int firstBadLine(byte[] bytes) {
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes, start, i - start));
                } catch (CharacterCodingException e) {
                    return lineAt(bytes, start);
                }
                start = i + 1;
            }
        }
        return 1;
    }

    private Map<String, Object> details(Changelog changelog) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("releases", changelog.versions().size());
        details.put("latestRelease", changelog.versions().stream().map(Release::name).findFirst().orElse(""));
        details.put("unreleasedEntries", changelog.unreleased().map(u -> u.entries().size()).orElse(0));
        if (checkedIn != null) {
            details.put("checkedIn", checkedIn);
        }
        return details;
    }

    /** The file cannot be read as text; carries the finding that says why. */
    private static final class UnreadableText extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Finding finding;

        UnreadableText(Finding finding) {
            super(finding.message(), null, false, false);
            this.finding = finding;
        }
    }
}
