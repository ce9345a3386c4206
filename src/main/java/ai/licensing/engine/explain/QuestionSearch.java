package ai.licensing.engine.explain;

import ai.licensing.engine.Comparisons;
import ai.licensing.model.Fact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * For each fact the verdict is missing, the verdict each possible answer gives: both answers of a yes/no, every
 * value of a choice, the values on each side of every threshold the rules compared a number with, the day before
 * and the day of every date they compared, a name with the prefix a clause asks for and one without, no list
 * entries or each one a clause named, a country inside each region a clause named and one outside them all. Each
 * answer is the verdict of the profile with that answer filled in.
 */
final class QuestionSearch {

    /** A derivative name that begins with none of the prefixes the rules ask for. */
    private static final String UNPREFIXED_NAME = "my-model";

    private final Trials trials;

    QuestionSearch(Trials trials) {
        this.trials = trials;
    }

    List<Explanation.Question> run(List<String> missingFacts) {
        List<Explanation.Question> questions = new ArrayList<>();
        for (String path : missingFacts) {
            Fact.byPath(path).ifPresent(fact -> {
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

    private static List<Object> answersFor(Fact fact, Comparisons comparisons) {
        Set<Set<String>> groups = comparisons.operands(fact.path());
        Set<Object> values = new LinkedHashSet<>();
        switch (fact.type()) {
            case BOOLEAN -> values.addAll(List.of(true, false));
            case CHOICE -> values.addAll(fact.allowedValues());
            case COUNT -> comparisons.thresholds(fact.path()).forEach(t -> {
                values.add(t);
                values.add(t + 1);
            });
            case DATE -> groups.forEach(g -> g.forEach(day -> {
                values.add(LocalDate.parse(day).minusDays(1).toString());
                values.add(day);
            }));
            case TEXT -> {
                groups.forEach(g -> g.forEach(prefix -> values.add(prefix.replace(' ', '-'))));
                if (!groups.isEmpty()) {
                    values.add(UNPREFIXED_NAME);
                }
            }
            case COUNTRY -> {
                groups.forEach(g -> values.add(first(g)));
                if (!groups.isEmpty()) {
                    values.add(outside(groups));
                }
            }
            case COUNTRIES -> {
                values.add(List.of());
                groups.forEach(g -> values.add(List.of(first(g))));
                if (!groups.isEmpty()) {
                    values.add(List.of(outside(groups)));
                }
            }
            case CHOICES -> {
                values.add(List.of());
                groups.forEach(g -> g.forEach(member -> values.add(List.of(member))));
            }
            default -> {
                // Free lists (agreements) have no answers the rules suggest.
            }
        }
        return List.copyOf(values);
    }

    private static String first(Set<String> codes) {
        return codes.stream().sorted().findFirst().orElseThrow();
    }

    /** A country code that no group names. */
    private static String outside(Set<Set<String>> groups) {
        for (String code : Locale.getISOCountries()) {
            if (groups.stream().noneMatch(g -> g.contains(code))) {
                return code;
            }
        }
        throw new IllegalStateException("the rules named every country");
    }
}
