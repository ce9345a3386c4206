package ai.licensing.engine.explain;

import ai.licensing.engine.Comparisons;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * For each fact the verdict is missing, the verdict each possible answer gives: both answers of a yes/no, every
 * value of a choice, the values on each side of every threshold the rules compared a number with, a name with and
 * without the prefix a clause asks for, no list entries or one of each group a clause named, a country inside each
 * region a clause named and one outside them all. Each answer is the verdict of the profile with that answer filled in.
 */
final class QuestionSearch {

    private final Trials trials;

    QuestionSearch(Trials trials) {
        this.trials = trials;
    }

    List<Explanation.Question> run(List<String> missingFacts) {
        List<Explanation.Question> questions = new ArrayList<>();
        for (String path : missingFacts) {
            ProfileFacts.of(path).ifPresent(fact -> {
                List<Explanation.Answer> answers = new ArrayList<>();
                for (Object value : answersFor(fact, trials.comparisons())) {
                    trials.of(List.of(Change.to(path, value)))
                            .ifPresent(t -> answers.add(new Explanation.Answer(value, t.decision())));
                }
                if (!answers.isEmpty()) {
                    questions.add(new Explanation.Question(path, answers));
                }
            });
        }
        return questions;
    }

    private static List<Object> answersFor(ProfileFacts.Fact fact, Comparisons comparisons) {
        Set<Object> values = new LinkedHashSet<>();
        switch (fact.kind()) {
            case BOOLEAN -> values.addAll(List.of(true, false));
            case CHOICE -> values.addAll(fact.choices());
            case NUMBER -> comparisons.thresholds(fact.path()).forEach(t -> {
                values.add(t);
                values.add(t + 1);
            });
            case TEXT -> values.addAll(textAnswers(fact, comparisons));
            case LIST -> {
                values.add(List.of());
                for (Set<String> group : comparisons.operands(fact.path())) {
                    group.forEach(member -> values.add(List.of(member)));
                }
            }
        }
        return List.copyOf(values);
    }

    /**
     * A text is compared either with prefixes (a derivative's name) or with groups of country codes (a domicile):
     * answer one value inside each group and one outside them all.
     */
    private static List<Object> textAnswers(ProfileFacts.Fact fact, Comparisons comparisons) {
        Set<Set<String>> groups = comparisons.operands(fact.path());
        if (groups.isEmpty()) {
            return List.of();
        }
        List<Object> values = new ArrayList<>();
        Set<String> named = new LinkedHashSet<>();
        for (Set<String> group : groups) {
            String inside = group.stream().sorted().findFirst().orElseThrow();
            values.add(inside.replace(' ', '-'));
            named.addAll(group);
        }
        values.add(outside(named));
        return values;
    }

    /** A value no group names: a country code outside every region, or a name without any of the prefixes. */
    private static String outside(Set<String> named) {
        boolean countries = named.stream().allMatch(v -> v.matches("[A-Z]{2}"));
        if (!countries) {
            return "my-model";
        }
        for (String code : Locale.getISOCountries()) {
            if (!named.contains(code)) {
                return code;
            }
        }
        throw new IllegalStateException("the rules named every country");
    }
}
