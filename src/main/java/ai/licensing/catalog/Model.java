package ai.licensing.catalog;

import ai.licensing.model.AccessMode;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A model of the catalog (rules-drl/catalog/models.yaml).
 *
 * @param policies    further license ids whose rules also apply to the model (a usage policy beside its license)
 * @param released    first release, YYYY-MM-DD
 * @param retired     for API models the provider no longer serves, YYYY-MM-DD
 * @param derivedFrom the catalog model it was distilled or fine-tuned from
 * @param huggingface every Hugging Face repository id the model is published under
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Model(
        String id,
        String name,
        String provider,
        String license,
        List<String> policies,
        List<AccessMode> accessModes,
        boolean multimodal,
        String released,
        String retired,
        String derivedFrom,
        List<String> huggingface,
        List<String> aliases,
        List<String> urls) {

    public Model {
        policies = policies == null ? List.of() : List.copyOf(policies);
        huggingface = huggingface == null ? List.of() : List.copyOf(huggingface);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        urls = urls == null ? List.of() : List.copyOf(urls);
    }

    public boolean offers(AccessMode mode) {
        return accessModes.contains(mode);
    }

    /** The license and then the extra policies: every license whose rules decide about this model. */
    public List<String> governingLicenses() {
        return Stream.concat(Stream.of(license), policies.stream()).toList();
    }

    /**
     * Whether the text occurs (case ignored) in the id, name, provider, an alias or a Hugging Face id: what a
     * person typing into the model picker means.
     */
    public boolean matches(String text) {
        String needle = text.toLowerCase(Locale.ROOT);
        return Stream.of(List.of(id, name, provider == null ? "" : provider), aliases, huggingface)
                .flatMap(List::stream)
                .anyMatch(value -> value.toLowerCase(Locale.ROOT).contains(needle));
    }
}
