package ai.licensing.bom;

import ai.licensing.model.Violation;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** Tells CycloneDX from SPDX 3 and reads the model components of either, at most {@code maxComponents}. */
public final class BomReader {

    private BomReader() {
    }

    /**
     * @param root JSON path of the document in the request ({@code $.bom}), so errors point into the request
     */
    public static BomDocument read(JsonNode bom, String root, int maxComponents) {
        JsonFields.requireObject(bom, root, "a bill of materials");
        BomDocument document;
        if (bom.has("bomFormat")) {
            String format = JsonFields.text(bom, "bomFormat", root);
            if (!"CycloneDX".equals(format)) {
                throw InvalidBomException.at(root + ".bomFormat", "'" + format + "' is not read; send CycloneDX JSON or SPDX 3.0.1 JSON-LD");
            }
            document = CycloneDxReader.read(bom, root);
        } else if (SpdxReader.isSpdx3(bom)) {
            document = SpdxReader.read(bom, root);
        } else {
            throw InvalidBomException.at(root, "neither CycloneDX JSON (bomFormat) nor SPDX 3.0.1 JSON-LD (@context of spdx.org/rdf/3.0.1)");
        }
        if (document.components().size() > maxComponents) {
            throw new InvalidBomException(List.of(new Violation(root, "the document lists "
                    + document.components().size() + " models; at most " + maxComponents + " are evaluated per request")), true);
        }
        return document;
    }
}
