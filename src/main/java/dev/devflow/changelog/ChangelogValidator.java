package dev.devflow.changelog;

import dev.devflow.gate.Finding;
import dev.devflow.gate.GateInputException;
import dev.devflow.gate.Severity;

import java.util.List;
import java.util.stream.Stream;

/**
 * Runs the changelog rules, leaves out the ones switched off, and in strict mode turns every
 * tolerated form into an error.
 */
public final class ChangelogValidator {

    /** Every rule, in the order their findings are reported. */
    static final List<ChangelogRule> RULES = List.of(new TitleRule(), new UnreleasedRule(), new HeadingRule(),
            new VersionRule(), new DateRule(), new SeparatorRule(), new OrderRule(), new DuplicateReleaseRule(),
            new SectionRule(), new EmptyRule(), new LinksRule(), new CompareLinksRule(), new BracketsRule(),
            new UnreleasedEntriesRule());

    private final ChangelogSettings settings;

    public ChangelogValidator(ChangelogSettings settings) throws GateInputException {
        this.settings = settings;
        for (String id : settings.disabledRules()) {
            if (!ruleIds().contains(id)) {
                throw GateInputException.ofParameter("disabledRules", "there is no changelog rule '" + id + "'.",
                        "use one of " + ruleIds() + ".");
            }
        }
    }

    /** Every rule id, {@code change-without-entry} (run by the gate over git) included. */
    public static List<String> ruleIds() {
        return Stream.concat(RULES.stream().map(ChangelogRule::id), Stream.of("change-without-entry")).toList();
    }

    public List<Finding> validate(Changelog changelog) {
        ChangelogReview review = new ChangelogReview(changelog, settings.displayPath(), settings.today(),
                settings.since());
        for (ChangelogRule rule : RULES) {
            if (settings.disabledRules().contains(rule.id())
                    || rule instanceof UnreleasedEntriesRule && !settings.requireUnreleasedEntries()) {
                continue;
            }
            review.start(rule.id());
            rule.check(review);
        }
        Stream<Finding> findings = review.findings().stream();
        if (settings.strict()) {
            findings = findings.map(f -> f.severity() == Severity.WARNING
                    ? new Finding(f.ruleId(), Severity.ERROR, f.message() + " (strict)", f.location()) : f);
        }
        return findings.toList();
    }
}
