package ai.licensing.api;

import ai.licensing.decisionlog.DecisionCursor;
import ai.licensing.decisionlog.DecisionQuery;
import ai.licensing.model.Decision;
import ai.licensing.model.Violation;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The query string of {@code GET /v1/decisions} read into a {@link DecisionQuery}. Every bad parameter is named in
 * a 400 problem ({@code errors[].path} is the parameter), so a client never gets a listing it did not ask for.
 */
final class DecisionQueryParams {

    private final List<Violation> errors = new ArrayList<>();

    private DecisionQueryParams() {
    }

    static DecisionQuery read(String model, String license, String verdict, String since, String until, String limit, String cursor) {
        DecisionQueryParams params = new DecisionQueryParams();
        Decision decision = params.parse("verdict", verdict, v -> Decision.valueOf(v.trim().toUpperCase(Locale.ROOT)),
                "is not one of " + Arrays.toString(Decision.values()));
        Instant from = params.parse("since", since, DecisionQueryParams::instant, "is not a time such as 2026-11-30T15:00:00Z");
        Instant to = params.parse("until", until, DecisionQueryParams::instant, "is not a time such as 2026-11-30T15:00:00Z");
        Integer size = params.parse("limit", limit, DecisionQueryParams::limit,
                "is not a whole number from 1 to " + DecisionQuery.MAX_LIMIT);
        DecisionCursor after = params.parse("cursor", cursor, DecisionCursor::decode, "is not the \"next\" of a previous page");
        if (from != null && to != null && !from.isBefore(to)) {
            params.errors.add(new Violation("until", "must be after since (" + since + ")"));
        }
        if (!params.errors.isEmpty()) {
            throw new ProblemException(new Problem("about:blank", "Invalid decision query", 400,
                    "Invalid query parameter(s): " + params.errors, List.copyOf(params.errors), null));
        }
        return new DecisionQuery(blankToNull(model), blankToNull(license), decision, from, to,
                size == null ? DecisionQuery.DEFAULT_LIMIT : size, after);
    }

    private <T> T parse(String name, String value, Function<String, T> parser, String problem) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException | DateTimeException e) {
            errors.add(new Violation(name, "'" + value + "' " + problem));
            return null;
        }
    }

    /** An instant with an offset (2026-11-30T15:00:00Z, 2026-11-30T16:00:00+01:00). */
    private static Instant instant(String value) {
        return OffsetDateTime.parse(value.trim()).toInstant();
    }

    private static Integer limit(String value) {
        int limit = Integer.parseInt(value.trim());
        if (limit < 1 || limit > DecisionQuery.MAX_LIMIT) {
            throw new IllegalArgumentException("out of range");
        }
        return limit;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
