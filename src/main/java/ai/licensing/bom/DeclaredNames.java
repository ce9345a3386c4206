package ai.licensing.bom;

import ai.licensing.catalog.Names;
import ai.licensing.catalog.Resolution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalog licenses a component's declared licenses resolve to. A declared value is tried whole, then each
 * license of an SPDX expression ({@code Apache-2.0 OR MIT}), then the address given with it; a value that names
 * no catalog license is kept as written and simply resolves to nothing.
 */
final class DeclaredNames {

    private static final String OPERATORS = "\\s+(?i:OR|AND|WITH)\\s+|[()]";

    /** The resolution that decided, per canonical license id, in declaration order. */
    private final Map<String, Resolution> byLicense = new LinkedHashMap<>();
    private final Map<DeclaredLicense, List<Resolution>> byDeclared = new LinkedHashMap<>();

    DeclaredNames(Names names, List<DeclaredLicense> declared) {
        for (DeclaredLicense license : declared) {
            List<Resolution> found = resolve(names, license);
            byDeclared.put(license, found);
            found.forEach(r -> byLicense.putIfAbsent(r.id(), r));
        }
    }

    private static List<Resolution> resolve(Names names, DeclaredLicense license) {
        Resolution whole = names.license(license.value(), false);
        if (whole.resolved()) {
            return List.of(whole);
        }
        List<Resolution> terms = new ArrayList<>();
        String[] parts = license.value().split(OPERATORS);
        if (parts.length > 1) {
            for (String part : parts) {
                if (!part.isBlank()) {
                    Resolution term = names.license(part.trim(), false);
                    if (term.resolved()) {
                        terms.add(term);
                    }
                }
            }
        }
        if (terms.isEmpty() && license.uri() != null) {
            Resolution byAddress = names.license(license.uri(), false);
            if (byAddress.resolved()) {
                terms.add(byAddress);
            }
        }
        return terms;
    }

    /** Canonical ids of every declared license that resolved, first declared first. */
    List<String> licenseIds() {
        return List.copyOf(byLicense.keySet());
    }

    Resolution resolutionOf(String licenseId) {
        return byLicense.get(licenseId);
    }

    /** Each declared license with the catalog licenses it resolved to. */
    Map<DeclaredLicense, List<Resolution>> byDeclared() {
        return byDeclared;
    }
}
