package ai.licensing.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/** Calendar dates as the profile and the rules write them: {@code YYYY-MM-DD}, nothing looser. */
public final class IsoDates {

    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter STRICT = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private IsoDates() {
    }

    public static boolean isDate(String text) {
        return text != null && SHAPE.matcher(text).matches() && parses(text);
    }

    /** The date; throws IllegalArgumentException naming the text when it is not {@code YYYY-MM-DD}. */
    public static LocalDate parse(String text) {
        if (!isDate(text)) {
            throw new IllegalArgumentException("'" + text + "' is not a date written YYYY-MM-DD");
        }
        return LocalDate.parse(text, STRICT);
    }

    private static boolean parses(String text) {
        try {
            LocalDate.parse(text, STRICT);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
