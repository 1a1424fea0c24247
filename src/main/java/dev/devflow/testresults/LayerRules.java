package dev.devflow.testresults;

import dev.devflow.gate.GateInputException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What moves a test out of its report folder's layer: a JUnit 5 tag ({@code @Tag("smoke")}) or
 * its class's name ({@code *E2ETest}). A tag wins over a name, and a name over the folder, so a
 * {@code @Tag("integration")} test that Surefire ran counts as an integration test.
 *
 * @param tags    {@code layer <- tag}, in the order given: the first that a test carries wins
 * @param classes {@code layer <- class-name pattern}, in the order given: the first that matches wins
 */
public record LayerRules(List<Rule> tags, List<Rule> classes) {

    /** Maven's and JUnit's usual tags: each moves a test to the layer of its name. */
    public static final String DEFAULT_TAG_LAYERS = "smoke=smoke,integration=integration,e2e=e2e";

    /** A layer and the tag or class-name pattern that sends a test to it. */
    public record Rule(String layer, String value) {
    }

    public LayerRules {
        tags = List.copyOf(tags);
        classes = List.copyOf(classes);
    }

    /** The default tags and no class patterns. */
    public static LayerRules defaults() {
        return new LayerRules(List.of(new Rule("smoke", "smoke"), new Rule("integration", "integration"),
                new Rule("e2e", "e2e")), List.of());
    }

    /** The {@code tagLayers} and {@code classLayers} parameters: {@code layer=tag} and {@code layer=pattern}. */
    public static LayerRules parse(List<String> tagLayers, List<String> classLayers) throws GateInputException {
        List<Rule> tags = new ArrayList<>();
        for (Map.Entry<String, String> pair : TestResultsSettings.pairs("tagLayers", tagLayers, "layer=tag",
                DEFAULT_TAG_LAYERS + ".")) {
            tags.add(new Rule(pair.getKey(), pair.getValue()));
        }
        List<Rule> classes = new ArrayList<>();
        for (Map.Entry<String, String> pair : TestResultsSettings.pairs("classLayers", classLayers,
                "layer=pattern", "e2e=*E2ETest,smoke=com.acme.smoke.* (* is any text).")) {
            classes.add(new Rule(pair.getKey(), pair.getValue()));
        }
        return new LayerRules(tags, classes);
    }

    /** The layer a test belongs to, given the tags it carries; its report folder's layer when no rule applies. */
    String layerOf(TestCase test, Set<String> testTags) {
        for (Rule rule : tags) {
            if (testTags.contains(rule.value())) {
                return rule.layer();
            }
        }
        return byName(test.className()).orElse(test.layer());
    }

    /** Whether any rule needs the test's tags: reading class files is skipped otherwise. */
    boolean readsTags() {
        return !tags.isEmpty();
    }

    /** Every layer a rule can send a test to, in the order the rules name them. */
    List<String> layers() {
        List<String> layers = new ArrayList<>();
        for (List<Rule> rules : List.of(tags, classes)) {
            rules.stream().map(Rule::layer).filter(l -> !layers.contains(l)).forEach(layers::add);
        }
        return layers;
    }

    private Optional<String> byName(String className) {
        String simple = className.substring(className.lastIndexOf('.') + 1);
        for (Rule rule : classes) {
            Pattern pattern = glob(rule.value());
            if (pattern.matcher(className).matches() || pattern.matcher(simple).matches()) {
                return Optional.of(rule.layer());
            }
        }
        return Optional.empty();
    }

    /** {@code *} any text (dots too), {@code ?} one character; everything else as written. */
    private static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            regex.append(switch (c) {
                case '*' -> ".*";
                case '?' -> ".";
                default -> Pattern.quote(String.valueOf(c));
            });
        }
        return Pattern.compile(regex.toString());
    }
}
