package ai.licensing.catalog;

import ai.licensing.model.SourceError;
import ai.licensing.testing.Fixtures;
import ai.licensing.testing.RulesCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The loader refuses a name that two catalog entries claim, pointing at the line of the second claim. */
class CatalogDuplicateNamesTest {

    @TempDir
    Path dir;

    @Test
    void aHuggingFaceTagClaimedBySecondLicenseIsAnErrorAtItsLine() throws IOException {
        SourceError error = onlyError("licenses.yaml", "huggingface: [gemma, gemma-terms-of-use]", "huggingface: [gemma, Llama2]");
        assertTrue(error.message().contains("license 'gemma-terms' claims the name 'Llama2' (hf-tag), which already names license 'llama-2-community'"),
                error.message());
    }

    @Test
    void aHuggingFaceIdOfTwoModelsIsAnErrorAtItsLine() throws IOException {
        SourceError error = onlyError("models.yaml", "huggingface: [meta-llama/Llama-2-13b, ", "huggingface: [meta-llama/llama-2-7b-hf, ");
        assertTrue(error.message().contains("model 'llama-2-13b' claims the name 'meta-llama/llama-2-7b-hf' (huggingface-id), "
                + "which already names model 'llama-2-7b'"), error.message());
    }

    /** Edits a copy of a catalog file; the catalog must then fail to load with one error, at the edited line. */
    private SourceError onlyError(String file, String text, String edited) throws IOException {
        Path rules = Fixtures.copyFolder(Path.of("rules-drl"), dir);
        Path catalogFile = rules.resolve("catalog").resolve(file);
        RulesCopy.replace(catalogFile, text, edited);
        List<SourceError> errors = assertThrows(CatalogException.class, () -> CatalogLoader.load(rules)).errors();
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("catalog/" + file, errors.get(0).file());
        assertEquals(lineOf(catalogFile, edited), errors.get(0).line());
        return errors.get(0);
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }
}
