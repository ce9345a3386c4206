package ai.licensing.bom;

import java.util.List;

/**
 * The model components of one bill of materials.
 *
 * @param format {@code CycloneDX 1.6}, {@code SPDX 3.0.1}
 */
public record BomDocument(String format, List<BomComponent> components) {
}
