package ai.licensing.engine;

import ai.licensing.model.Fact;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which profile facts a rule reads, found from the names of the {@link Usage} properties and helpers it uses,
 * so that a license can list the questions that matter for it without anyone keeping that list by hand.
 */
final class FactVocabulary {

    /** Word → the dotted paths it reads, gathered from the registry's {@link Fact#words()}. */
    private static final Map<String, List<String>> READS = new LinkedHashMap<>();

    static {
        for (Fact fact : Fact.values()) {
            for (String word : fact.words()) {
                READS.merge(word, List.of(fact.path()), (a, b) -> Stream.concat(a.stream(), b.stream()).toList());
            }
        }
    }

    private static final Pattern WORD = Pattern.compile("\\b(" + String.join("|", READS.keySet()) + ")\\b");

    private FactVocabulary() {
    }

    /** The dotted paths of the facts that the rule text mentions, sorted. */
    static List<String> readBy(String ruleText) {
        Set<String> facts = new TreeSet<>();
        Matcher m = WORD.matcher(stripStrings(ruleText));
        while (m.find()) {
            facts.addAll(READS.get(m.group(1)));
        }
        return List.copyOf(facts);
    }

    /** Words inside reason and remedy texts are prose, not reads. Group names inside purposesIn(...) are kept out too. */
    private static String stripStrings(String text) {
        return text.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"");
    }
}
