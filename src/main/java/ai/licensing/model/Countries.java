package ai.licensing.model;

import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 country codes, as the JDK knows them. */
public final class Countries {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private Countries() {
    }

    public static boolean isCode(String code) {
        return code != null && CODES.contains(code);
    }

    /** Why a string is not a country code, or null when it is one. */
    public static String problem(String code) {
        if (isCode(code)) {
            return null;
        }
        if ("EU".equals(code)) {
            return "'EU' is not a country; give the member state's ISO 3166-1 alpha-2 code (e.g. DE, FR)";
        }
        if (code != null && isCode(code.toUpperCase(Locale.ROOT))) {
            return "'" + code + "' must be upper case: '" + code.toUpperCase(Locale.ROOT) + "'";
        }
        return "'" + code + "' is not an ISO 3166-1 alpha-2 country code";
    }
}
