package ai.licensing.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The terms-version fields of licenses.yaml: effective date, verified reading, dated versions. */
class TermsVersionsTest {

    private static final Catalog CATALOG = CatalogLoader.load(Path.of("rules-drl"));

    @Test
    void everyNonStandardLicenseSaysWhenAndWhereItsTextWasRead() {
        for (License license : CATALOG.licenses().values()) {
            if (List.of("apache-2.0", "mit", "cc-by-nc-4.0").contains(license.id())) {
                continue;
            }
            assertNotNull(license.verified(), license.id());
            assertEquals("2026-11-30", license.verified().on(), license.id());
            assertTrue(license.verified().source().length() > 20, license.id());
        }
    }

    @Test
    void gemmaKeepsBothDatedVersionsOldestFirst() {
        License gemma = CATALOG.license("gemma-terms").orElseThrow();
        assertEquals("2025-03-24", gemma.effective());
        assertEquals(List.of("2024-02-21", "2025-03-24"), gemma.versions().stream().map(TermsVersion::effective).toList());
        assertTrue(gemma.versions().get(0).changes().contains("latest version of Gemma"));
    }

    @Test
    void aDateThatIsNoDateDoesNotLoad(@TempDir Path dir) throws IOException {
        Path rules = dir.resolve("rules");
        Files.createDirectories(rules.resolve(CatalogLoader.FOLDER));
        for (String name : List.of("models.yaml", "purposes.yaml", "regions.yaml")) {
            Files.copy(Path.of("rules-drl/catalog", name), rules.resolve(CatalogLoader.FOLDER).resolve(name));
        }
        String licenses = Files.readString(Path.of("rules-drl/catalog/licenses.yaml")).replace("effective: \"2024-02-21\"", "effective: \"21 Feb 2024\"");
        Files.writeString(rules.resolve("catalog/licenses.yaml"), licenses);
        CatalogException e = assertThrows(CatalogException.class, () -> CatalogLoader.load(rules));
        assertTrue(e.getMessage().contains("'21 Feb 2024' is not a date"), e.getMessage());
    }
}
