package ai.licensing.decisionlog;

import ai.licensing.model.ProfileParser;
import ai.licensing.model.UsageProfile;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProfileMaskTest {

    private static final UsageProfile PROFILE = new ProfileParser().parse("""
            {"model":"llama-2-70b-chat","licensee":{"type":"company","country":"US"},"use":{"commercial":true}}""");

    @Test
    void theMaskListsThePathsThatHadAValueAndLeavesThemOut() {
        ProfileMask.Masked masked = ProfileMask.of(List.of("licensee.country", "modification.derivativeName")).apply(PROFILE);
        assertEquals(List.of("licensee.country"), masked.paths(), "derivativeName was unknown anyway: nothing was hidden");
        assertNull(masked.profile().licensee().country());
        assertEquals("company", masked.profile().licensee().type().toString().toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void modelAndLicenseCannotBeMasked() {
        for (String path : List.of("model", "license")) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> ProfileMask.of(List.of(path)));
            assertTrue(refused.getMessage().startsWith("'" + path + "' cannot be masked"), refused.getMessage());
        }
    }

    @Test
    void aPathTheProfileDoesNotHaveIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ProfileMask.of(List.of("licensee.contry")));
    }
}
