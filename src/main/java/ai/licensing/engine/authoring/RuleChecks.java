package ai.licensing.engine.authoring;

import ai.licensing.catalog.Catalog;
import ai.licensing.engine.PurposeTableCompiler;
import ai.licensing.engine.Usage;
import ai.licensing.engine.authoring.RuleText.Arg;
import ai.licensing.engine.authoring.RuleText.Call;
import ai.licensing.engine.authoring.RuleText.Constraint;
import ai.licensing.model.AccessMode;
import ai.licensing.model.Countries;
import ai.licensing.model.Fact;
import ai.licensing.model.IsoDates;
import ai.licensing.model.LicenseeType;
import ai.licensing.model.Purpose;
import ai.licensing.model.SourceError;
import ai.licensing.model.TrainedModelKind;
import ai.licensing.model.Vocabulary;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The checks a rule must pass before it may decide anything, run over DRL text at load time. Each catches a slip
 * that would otherwise load fine and silently change verdicts: a misspelt purpose or region (the prohibition never
 * fires), a rule copied from another file with its old {@code @license} (it never fires), a fact path or vocabulary
 * id the registry does not know, contradictory conditions. {@code validate --strict} adds style warnings.
 *
 * <p>Works on any {@link DrlSource}, so generated rules (purpose tables) are checked the same way; the table
 * compiler has already checked each row against the catalog and reports its errors by row.
 */
public final class RuleChecks {

    /**
     * @param errors   every error, positioned; a ruleset with any does not load
     * @param warnings style warnings, for {@code validate --strict}
     * @param rules    by rule name: where it is and the profile facts it reads
     */
    public record Report(List<SourceError> errors, List<SourceError> warnings, Map<String, RuleFacts> rules) {
    }

    /**
     * @param reads          dotted paths of the profile facts the rule reads, sorted
     * @param matchesOneFact every match of the rule holds one fact of one decision (its usage or a purpose it states), so
     *                       decisions may share a run of the rules
     */
    public record RuleFacts(String file, int line, List<String> reads, boolean matchesOneFact) {
    }

    private static final String EVERY_LICENSE = "*";

    /** Helpers whose string arguments name vocabulary: what each argument must be. */
    private enum Words { PURPOSES, REGIONS, LICENSEE_TYPES, ACCESS_MODES, MODEL_KINDS, FACT_PATHS, DATE }

    private static final Map<String, Words> LITERAL_HELPERS = Map.of(
            "purposesIn", Words.PURPOSES, "hasPurposeIn", Words.PURPOSES,
            "deploysIn", Words.REGIONS, "deploysOnlyIn", Words.REGIONS, "domiciledIn", Words.REGIONS,
            "licenseeTypeIn", Words.LICENSEE_TYPES, "accessModeIs", Words.ACCESS_MODES,
            "trainedModelKindIn", Words.MODEL_KINDS, "needsFacts", Words.FACT_PATHS, "termsAcceptedBefore", Words.DATE);

    /** Fact types of generated rules whose {@code in ( … )} lists name vocabulary ids (purpose tables). */
    private static final Map<String, Words> LITERAL_PATTERNS = Map.of("StatedPurpose", Words.PURPOSES);

    /** Conditions in {@code when} whose literal must be a vocabulary id. */
    private static final Map<String, Words> LITERAL_FIELDS = Map.of(
            "licenseeType", Words.LICENSEE_TYPES, "accessMode", Words.ACCESS_MODES, "trainedModelKind", Words.MODEL_KINDS);

    /** The rule attributes a rule may set: {@code salience} (purpose-table rows only) and {@code dialect}. */
    private static final Set<String> ATTRIBUTES_ALLOWED = Set.of("salience", "dialect");

    /** The methods rules may call on the usage. */
    static final Set<String> HELPERS = Arrays.stream(Usage.class.getMethods())
            .filter(m -> m.getDeclaringClass() == Usage.class && !Modifier.isStatic(m.getModifiers()))
            .map(Method::getName).collect(Collectors.toUnmodifiableSet());

    private static final Set<String> PROPERTIES = HELPERS.stream().filter(n -> n.startsWith("get") && n.length() > 3)
            .map(n -> Character.toLowerCase(n.charAt(3)) + n.substring(4)).collect(Collectors.toUnmodifiableSet());

    /** Word of the rule vocabulary → the fact paths it reads, from the registry. */
    private static final Map<String, Set<String>> READS = Arrays.stream(Fact.values())
            .flatMap(f -> f.words().stream().map(w -> Map.entry(w, f.path())))
            .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toSet())));

    private final Catalog catalog;
    private final List<SourceError> errors = new ArrayList<>();
    private final List<SourceError> warnings = new ArrayList<>();

    private RuleChecks(Catalog catalog) {
        this.catalog = catalog;
    }

    /** Checks the sources; {@code catalog} is null when it did not load (then only catalog-free checks run). */
    public static Report check(List<DrlSource> sources, Catalog catalog) {
        RuleChecks checks = new RuleChecks(catalog);
        List<RuleText> rules = new ArrayList<>();
        for (DrlSource source : sources) {
            List<RuleText> inFile = DrlReader.read(source);
            checks.checkFile(source, inFile);
            rules.addAll(inFile);
        }
        checks.checkSections(rules);
        checks.checkUnknownsCovered(rules);
        Map<String, RuleFacts> facts = new LinkedHashMap<>();
        for (RuleText rule : rules) {
            DrlSource.Where at = where(rule, rule.offset());
            facts.put(rule.name(), new RuleFacts(at.file(), at.line(), reads(rule), rule.matchesOneFact()));
        }
        return new Report(List.copyOf(checks.errors), List.copyOf(checks.warnings), facts);
    }

    private static List<String> reads(RuleText rule) {
        Set<String> facts = new TreeSet<>();
        rule.constraints().forEach(c -> facts.addAll(READS.getOrDefault(c.field(), Set.of())));
        rule.calls().forEach(c -> facts.addAll(READS.getOrDefault(c.name(), Set.of())));
        rule.patterns().forEach(p -> facts.addAll(READS.getOrDefault(p.type(), Set.of())));
        return List.copyOf(facts);
    }

    // ---- One file -----------------------------------------------------------------------------------------

    private void checkFile(DrlSource source, List<RuleText> rules) {
        String fileLicense = licenseOfFile(source.file(), rules);
        for (RuleText rule : rules) {
            String license = rule.metadata("license");
            if (license == null || rule.metadata("section") == null || rule.metadata("title") == null) {
                error(rule, rule.offset(), "rule \"" + rule.name() + "\" needs @license, @section and @title metadata naming the clause it encodes");
            }
            if (license != null) {
                checkLicense(rule, license, fileLicense);
            }
            // Generated rules of a purpose table carry the table's file name, and are the only rules with a salience.
            if (rule.attributes().contains("salience") && !source.file().endsWith(PurposeTableCompiler.SUFFIX)) {
                error(rule, rule.offset(), "rule \"" + rule.name() + "\" sets salience; rules fire in the order the service "
                        + "gives them (a license's purpose-table rows first), so a rule file sets none");
            }
            // Sessions are reused from one decision to the next (LicenseSessions): an attribute whose state outlives a
            // match (an agenda group's focus, no-loop, lock-on-active, a timer) could make one decision depend on the last.
            rule.attributes().stream().filter(attribute -> !ATTRIBUTES_ALLOWED.contains(attribute)).forEach(attribute -> error(rule,
                    rule.offset(), "rule \"" + rule.name() + "\" sets the attribute '" + attribute
                            + "'; a rule fires once for each match in each decision, so rule files set no attributes"));
            checkConstraints(rule, license);
            checkCalls(rule);
            // The service compiles consequences to Java (Consequences): == must mean the same there as in MVEL.
            rule.identityComparisons().forEach(at -> error(rule, at, "rule \"" + rule.name() + "\" compares two values with == or != "
                    + "in then, which compiled consequences read as 'the same object'; compare with null, true, false, Boolean.TRUE, "
                    + "Boolean.FALSE or a number, or test a value with a helper (accessModeIs(\"api\")) or .equals(...)"));
            checkPatterns(rule);
            // Many profiles share one run of the rules (DecisionBatch) only while no rule could join two decisions' facts.
            if (!rule.matchesOneFact()) {
                warn(rule, rule.offset(), "rule \"" + rule.name() + "\" matches more than its usage or one of its purposes "
                        + "(a second fact, not, exists, or, accumulate); it decides correctly, but evaluate and batch requests "
                        + "then decide their profiles one at a time, which is slower");
            }
            if (hasFactCondition(rule) && usesThreeValuedHelper(rule)) {
                warn(rule, rule.offset(), "rule \"" + rule.name() + "\" mixes conditions on facts in when with three-valued helpers in then; "
                        + "use one idiom per rule");
            }
        }
    }

    /**
     * A file's license: the catalog license its name begins with ({@code llama-3.1-community.drl},
     * {@code llama-3.1-community.aup.csv}), else the license of its first rule.
     */
    private String licenseOfFile(String file, List<RuleText> rules) {
        String named = catalog == null ? null : licenseNamedBy(file, catalog.licenseIds());
        return named != null || rules.isEmpty() ? named : rules.get(0).metadata("license");
    }

    /**
     * The license a file is named for: the longest license id its name begins with, followed by a dot
     * ({@code llama-3.1-community.drl}, {@code llama-3.1-community.purposes.csv}); null when none.
     */
    public static String licenseNamedBy(String file, Collection<String> licenseIds) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        String named = null;
        for (String id : licenseIds) {
            if (name.startsWith(id + ".") && (named == null || id.length() > named.length())) {
                named = id;
            }
        }
        return named;
    }

    private void checkLicense(RuleText rule, String license, String fileLicense) {
        int at = rule.metadataOffset("license");
        if (!EVERY_LICENSE.equals(license) && catalog != null && catalog.license(license).isEmpty()) {
            error(rule, at, "rule \"" + rule.name() + "\" names license '" + license + "', which catalog/licenses.yaml does not list");
        } else if (fileLicense != null && !license.equals(fileLicense)) {
            error(rule, at, "rule \"" + rule.name() + "\" has @license(\"" + license + "\") but its file is for '" + fileLicense
                    + "'; a rule copied from another license file must be given this file's license, or it never fires");
        }
    }

    private void checkConstraints(RuleText rule, String license) {
        Map<String, List<Constraint>> byField = new LinkedHashMap<>();
        for (Constraint c : rule.constraints()) {
            if (c.field() == null) {
                continue;
            }
            if (!PROPERTIES.contains(c.field())) {
                error(rule, c.offset(), "Usage has no property '" + c.field() + "'; known: " + new TreeSet<>(PROPERTIES));
                continue;
            }
            if (HELPERS.contains(c.field())) {
                error(rule, c.offset(), "'" + c.field() + "' in when names both a fact and its helper, and Drools may read either; write "
                        + c.field() + "().isTrue() (or .isFalse(), .isUnknown()) to test it");
                continue;
            }
            if (!c.hasLiteral()) {
                continue;
            }
            byField.computeIfAbsent(c.field(), f -> new ArrayList<>()).add(c);
            if (c.literal() instanceof String text) {
                checkLiteralField(rule, c, text, license);
            }
        }
        byField.forEach((field, list) -> {
            String contradiction = Contradictions.of(list);
            if (contradiction != null) {
                error(rule, list.get(list.size() - 1).offset(), "rule \"" + rule.name() + "\" can never fire: " + contradiction);
            }
        });
    }

    private void checkLiteralField(RuleText rule, Constraint c, String text, String license) {
        switch (c.field()) {
            case "license" -> {
                if (catalog != null && catalog.license(text).isEmpty()) {
                    // Said once: when the @license names the same unknown id, its check has reported it.
                    if (!text.equals(license)) {
                        error(rule, c.offset(), "rule \"" + rule.name() + "\" can never fire: license '" + text
                                + "' is not in catalog/licenses.yaml");
                    }
                } else if (license != null && !EVERY_LICENSE.equals(license) && !license.equals(text) && "==".equals(c.op())) {
                    error(rule, c.offset(), "rule \"" + rule.name() + "\" tests license == \"" + text + "\" but its @license is '"
                            + license + "'; it would never fire");
                }
            }
            case "model" -> {
                if (catalog != null && catalog.model(text).isEmpty()) {
                    error(rule, c.offset(), "model '" + text + "' is not in catalog/models.yaml");
                }
            }
            case "country" -> {
                String problem = Countries.problem(text);
                if (problem != null) {
                    error(rule, c.offset(), problem);
                }
            }
            default -> {
                Words words = LITERAL_FIELDS.get(c.field());
                if (words != null) {
                    checkWord(rule, c.offset(), c.field(), words, text);
                }
            }
        }
    }

    private void checkCalls(RuleText rule) {
        for (Call call : rule.calls()) {
            if (!HELPERS.contains(call.name())) {
                error(rule, call.offset(), "Usage has no helper '" + call.name() + "'");
                continue;
            }
            Words words = LITERAL_HELPERS.get(call.name());
            if (words == null) {
                continue;
            }
            for (Arg arg : call.args()) {
                if (arg.literal() == null) {
                    continue;
                }
                if (words == Words.FACT_PATHS || words == Words.DATE) {
                    checkWord(rule, arg.offset(), call.name(), words, arg.literal());
                } else {
                    checkList(rule, call, arg, words);
                }
            }
        }
    }

    private void checkPatterns(RuleText rule) {
        for (RuleText.OtherPattern pattern : rule.patterns()) {
            Words words = LITERAL_PATTERNS.get(pattern.type());
            if (words != null) {
                pattern.inLiterals().forEach(arg -> checkWord(rule, arg.offset(), pattern.type(), words, arg.literal()));
            }
        }
    }

    /** A comma-separated list of names: each must be known, and the list must name something. */
    private void checkList(RuleText rule, Call call, Arg arg, Words words) {
        List<String> names = Arrays.stream(arg.literal().split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (names.isEmpty()) {
            error(rule, arg.offset(), "rule \"" + rule.name() + "\" can never fire: " + call.name() + "(\"" + arg.literal() + "\") names nothing");
            return;
        }
        for (String name : names) {
            checkWord(rule, arg.offset(), call.name(), words, name);
        }
        if (words == Words.PURPOSES && catalog != null
                && names.stream().allMatch(n -> catalog.purposeGroups().getOrDefault(n, Set.of(n)).isEmpty())) {
            error(rule, arg.offset(), "rule \"" + rule.name() + "\" can never fire: " + call.name() + "(\"" + arg.literal()
                    + "\") names only empty purpose groups");
        }
    }

    private void checkWord(RuleText rule, int offset, String where, Words words, String word) {
        String problem = switch (words) {
            case PURPOSES -> Vocabulary.ids(Purpose.class).contains(word) || catalog == null || catalog.purposeGroups().containsKey(word) ? null
                    : "'" + word + "' is neither a purpose of the vocabulary nor a group of catalog/purposes.yaml";
            case REGIONS -> catalog == null ? null : catalog.regions().problem(word);
            case LICENSEE_TYPES -> unknownId(word, Vocabulary.ids(LicenseeType.class), "a licensee type");
            case ACCESS_MODES -> unknownId(word, Vocabulary.ids(AccessMode.class), "an access mode");
            case MODEL_KINDS -> unknownId(word, Vocabulary.ids(TrainedModelKind.class), "a trained model kind");
            case FACT_PATHS -> Fact.byPath(word).isPresent() ? null
                    : "'" + word + "' is not a fact of the registry (GET /v1/facts), e.g. use.purposes";
            case DATE -> IsoDates.isDate(word) ? null : "'" + word + "' is not a date written YYYY-MM-DD";
        };
        if (problem != null) {
            error(rule, offset, "in " + where + " of rule \"" + rule.name() + "\": " + problem);
        }
    }

    private static String unknownId(String word, List<String> ids, String what) {
        return ids.contains(word) ? null : "'" + word + "' is not " + what + " " + ids;
    }

    private static boolean hasFactCondition(RuleText rule) {
        return rule.constraints().stream().anyMatch(c -> c.field() != null && READS.containsKey(c.field()));
    }

    /** A call in then that reads a profile fact three-valued ({@code commercialUse()}, not {@code getCommercial()}). */
    private static boolean usesThreeValuedHelper(RuleText rule) {
        return rule.calls().stream().anyMatch(c -> !c.inWhen() && READS.containsKey(c.name()) && !c.name().startsWith("get"));
    }

    // ---- Across files -------------------------------------------------------------------------------------

    /** One section of a license has one title. */
    private void checkSections(List<RuleText> rules) {
        Map<String, RuleText> first = new HashMap<>();
        for (RuleText rule : rules) {
            String license = rule.metadata("license");
            String section = rule.metadata("section");
            String title = rule.metadata("title");
            if (license == null || section == null || title == null) {
                continue;
            }
            RuleText earlier = first.putIfAbsent(license + ":" + section, rule);
            if (earlier != null && !earlier.metadata("title").equals(title)) {
                DrlSource.Where there = where(earlier, earlier.metadataOffset("title"));
                error(rule, rule.metadataOffset("title"), "section '" + section + "' of " + license + " is titled \"" + title
                        + "\" here but \"" + earlier.metadata("title") + "\" at " + there.file() + ":" + there.line()
                        + "; one section has one title");
            }
        }
    }

    /**
     * Strict: a condition like {@code commercial == true} is silently false while the fact is unknown, so some rule of
     * the license must say what happens then ({@code commercial == null}); otherwise unknown reads as "no".
     */
    private void checkUnknownsCovered(List<RuleText> rules) {
        Map<String, Set<String>> nullChecked = new HashMap<>();
        for (RuleText rule : rules) {
            for (Constraint c : rule.constraints()) {
                if (c.hasLiteral() && c.literal() == null && "==".equals(c.op())) {
                    nullChecked.computeIfAbsent(String.valueOf(rule.metadata("license")), l -> new HashSet<>())
                            .addAll(READS.getOrDefault(c.field(), Set.of()));
                }
            }
        }
        for (RuleText rule : rules) {
            Set<String> covered = nullChecked.getOrDefault(String.valueOf(rule.metadata("license")), Set.of());
            for (Constraint c : rule.constraints()) {
                Set<String> facts = READS.getOrDefault(c.field(), Set.of());
                if (ignoresUnknown(c) && !covered.containsAll(facts)) {
                    warn(rule, c.offset(), "'" + c.text().strip() + "' in rule \"" + rule.name() + "\" is false while "
                            + String.join(", ", new TreeSet<>(facts)) + " is unknown, and no rule of the license tests it for null; "
                            + "use a three-valued helper in then, or add a rule for the unknown case");
                }
            }
        }
    }

    private static boolean ignoresUnknown(Constraint c) {
        return c.hasLiteral() && c.literal() != null && !"license".equals(c.field()) && !"!=".equals(c.op());
    }

    // ---- Reporting ----------------------------------------------------------------------------------------

    private static DrlSource.Where where(RuleText rule, int offset) {
        return new DrlSource.Where(rule.source().file(), rule.lines().line(offset), rule.lines().column(offset));
    }

    private void error(RuleText rule, int offset, String message) {
        errors.add(at(rule, offset, message));
    }

    private void warn(RuleText rule, int offset, String message) {
        warnings.add(at(rule, offset, message));
    }

    private static SourceError at(RuleText rule, int offset, String message) {
        DrlSource.Where w = where(rule, offset);
        return new SourceError(w.file(), w.line(), w.column(), message);
    }
}
