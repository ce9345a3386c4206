package ai.licensing.model;

import ai.licensing.json.JsonBytes;

/**
 * Writes a {@link Verdict} as the same UTF-8 JSON that {@link VerdictJson#writer()} writes, without Jackson. A
 * verdict is about 1.6 KB, most of it its clauses' reasons, and {@code evaluate} writes one per profile: Jackson's
 * set-up per document, its reflective property access and its escaping per character were a third of that
 * command's CPU. {@code VerdictWriterTest} holds the two writers to the same bytes, so a field added to a verdict
 * must be added here as well.
 */
public final class VerdictWriter {

    private static final byte[] DECISION_ID = JsonBytes.name("decisionId");
    private static final byte[] EVALUATED_AT = JsonBytes.name("evaluatedAt");
    private static final byte[] RULESET_VERSION = JsonBytes.name("rulesetVersion");
    private static final byte[] MODEL = JsonBytes.name("model");
    private static final byte[] LICENSE = JsonBytes.name("license");
    private static final byte[] VERDICT = JsonBytes.name("verdict");
    private static final byte[] ALLOWED = JsonBytes.name("allowed");
    private static final byte[] CLAUSES = JsonBytes.name("clauses");
    private static final byte[] MISSING_FACTS = JsonBytes.name("missingFacts");
    private static final byte[] RESOLVED_FROM = JsonBytes.name("resolvedFrom");
    private static final byte[] SECTION = JsonBytes.name("section");
    private static final byte[] TITLE = JsonBytes.name("title");
    private static final byte[] EFFECT = JsonBytes.name("effect");
    private static final byte[] RULE = JsonBytes.name("rule");
    private static final byte[] REASON = JsonBytes.name("reason");
    private static final byte[] REMEDY = JsonBytes.name("remedy");
    private static final byte[] URL = JsonBytes.name("url");
    private static final byte[] MATCHED_BY = JsonBytes.name("matchedBy");
    /** A verdict line is about this long; its buffer then grows at most once. */
    private static final int VERDICT_SIZE = 2048;
    /** Each thread writes its verdicts into one buffer of its own and decodes only the result from it. */
    private static final ThreadLocal<JsonBytes> SCRATCH = ThreadLocal.withInitial(() -> new JsonBytes(VERDICT_SIZE));

    private VerdictWriter() {
    }

    /** The verdict as one JSON document. */
    public static String text(Verdict verdict) {
        JsonBytes out = SCRATCH.get();
        out.clear();
        write(verdict, out);
        return out.text();
    }

    public static void write(Verdict verdict, JsonBytes out) {
        out.raw('{');
        fields(verdict, out);
        out.raw('}');
    }

    /** The verdict's fields without the braces around them, for a document that adds fields of its own first. */
    public static void fields(Verdict verdict, JsonBytes out) {
        out.raw(DECISION_ID);
        out.string(verdict.decisionId());
        out.nextName(EVALUATED_AT);
        out.instant(verdict.evaluatedAt());
        // The ruleset version, model and license ids, titles, rule names and effects recur from verdict to verdict;
        // reasons, remedies, decision ids and times do not.
        next(out, RULESET_VERSION, verdict.rulesetVersion());
        next(out, MODEL, verdict.model());
        next(out, LICENSE, verdict.license());
        next(out, VERDICT, verdict.verdict() == null ? null : verdict.verdict().name());
        out.nextName(ALLOWED);
        out.bool(verdict.allowed());
        out.nextName(CLAUSES);
        out.array(verdict.clauses(), VerdictWriter::clause);
        out.nextName(MISSING_FACTS);
        out.array(verdict.missingFacts(), (fact, to) -> to.recurring(fact));
        if (verdict.resolvedFrom() != null) {
            out.nextName(RESOLVED_FROM);
            resolvedFrom(verdict.resolvedFrom(), out);
        }
    }

    private static void clause(ClauseHit clause, JsonBytes out) {
        if (clause == null) {
            out.string(null);
            return;
        }
        out.raw('{');
        out.raw(LICENSE);
        out.recurring(clause.license());
        next(out, SECTION, clause.section());
        next(out, TITLE, clause.title());
        next(out, EFFECT, clause.effect() == null ? null : clause.effect().name());
        next(out, RULE, clause.rule());
        nextNew(out, REASON, clause.reason());
        nextNew(out, REMEDY, clause.remedy());
        next(out, URL, clause.url());
        out.raw('}');
    }

    /** Only the fields that are set, as {@link ResolvedFrom}'s {@code NON_NULL} has it. */
    private static void resolvedFrom(ResolvedFrom from, JsonBytes out) {
        out.raw('{');
        boolean written = ifSet(out, MODEL, from.model(), false);
        written = ifSet(out, LICENSE, from.license(), written);
        ifSet(out, MATCHED_BY, from.matchedBy(), written);
        out.raw('}');
    }

    /** A field after the first, whose value recurs from verdict to verdict. */
    private static void next(JsonBytes out, byte[] name, String value) {
        out.nextName(name);
        out.recurring(value);
    }

    /** A field after the first, whose value is made anew for each verdict (a reason, a remedy). */
    private static void nextNew(JsonBytes out, byte[] name, String value) {
        out.nextName(name);
        out.string(value);
    }

    /** The field if it has a value, after a comma when a field came before it; whether a field has been written now. */
    private static boolean ifSet(JsonBytes out, byte[] name, String value, boolean after) {
        if (value == null) {
            return after;
        }
        if (after) {
            out.raw(',');
        }
        out.raw(name);
        out.string(value);
        return true;
    }
}
