package ai.licensing.model;

import java.util.Locale;

/**
 * Run by {@link TurkishLocaleTest} in a JVM started with {@code -Duser.language=tr}: parses a profile whose ids contain
 * an 'i' and prints the ids back, or the error. Under Turkish rules "API".toLowerCase() is "apı".
 */
public final class TurkishLocaleProbe {

    private TurkishLocaleProbe() {
    }

    public static void main(String[] args) {
        System.out.println("locale " + Locale.getDefault().getLanguage());
        try {
            UsageProfile p = new ProfileParser().parse("""
                    {"license":"mit","licensee":{"type":"individual"},"use":{"accessMode":"api","purposes":["financial-advice","military"]},
                     "modification":{"trainedModelKind":"classifier"}}""");
            System.out.println(p.licensee().type().id() + " " + p.use().accessMode().id() + " "
                    + p.use().purposes().stream().map(Purpose::id).toList() + " " + p.modification().trainedModelKind().id());
        } catch (InvalidProfileException e) {
            System.out.println("rejected: " + e.getMessage());
        }
    }
}
