package ai.licensing.catalog;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Every name the catalog accepts for its models and licenses, so that clients may name them as their own tools do:
 * a Hugging Face repository id, package URL or address for a model; a Hugging Face tag or {@code license_name},
 * an SPDX id or a ScanCode key for a license. Matching is exact and ignores letter case, never fuzzy: a near
 * miss is not a match, only a suggestion.
 */
public final class Names {

    private static final String HUGGINGFACE_ID = "huggingface-id";
    private static final String HF_ADDRESS = "https://huggingface.co/";
    private static final String SCANCODE_REF = "LicenseRef-scancode-";

    private final NameIndex models = new NameIndex();
    private final NameIndex licenses = new NameIndex();

    /** A name claimed twice, positioned by the catalog file and entry (list index) that claimed it second. */
    public record Duplicate(String file, int entry, String name, String message) {
    }

    /**
     * The names of the licenses and models as listed (invalid entries included, so that {@code entry} is the
     * position in the file); each name claimed twice goes to {@code duplicates}.
     */
    public static Names of(List<License> licenses, List<Model> models, Consumer<Duplicate> duplicates) {
        Names names = new Names();
        for (int i = 0; i < licenses.size(); i++) {
            names.addLicense(licenses.get(i), i, duplicates);
        }
        for (int i = 0; i < models.size(); i++) {
            names.addModel(models.get(i), i, duplicates);
        }
        return names;
    }

    private void addLicense(License license, int entry, Consumer<Duplicate> duplicates) {
        if (license.id() == null) {
            return;
        }
        Adder add = new Adder(licenses, "licenses.yaml", "license", license.id(), entry, duplicates);
        add.name(license.id(), NameIndex.ID);
        add.name(license.spdx(), "spdx");
        add.names(license.huggingface(), "hf-tag");
        add.name(license.scancode(), "scancode");
        if (license.scancode() != null) {
            add.name(SCANCODE_REF + license.scancode().trim(), "scancode");
        }
        add.names(license.aliases(), "alias");
        add.name(license.url(), "url");
    }

    private void addModel(Model model, int entry, Consumer<Duplicate> duplicates) {
        if (model.id() == null) {
            return;
        }
        Adder add = new Adder(models, "models.yaml", "model", model.id(), entry, duplicates);
        add.name(model.id(), NameIndex.ID);
        add.names(model.huggingface(), HUGGINGFACE_ID);
        add.names(model.aliases(), "alias");
        add.names(model.urls(), "url");
    }

    /** Adds one entry's names, reporting each clash in words a lawyer can act on. */
    private record Adder(NameIndex index, String file, String kind, String id, int entry, Consumer<Duplicate> duplicates) {

        void names(List<String> names, String family) {
            if (names != null) {
                names.forEach(name -> name(name, family));
            }
        }

        void name(String name, String family) {
            if (name == null || name.isBlank()) {
                return;
            }
            NameIndex.Clash clash = index.add(name, id, family);
            // Two entries with one id are reported by the loader as such.
            if (clash != null && !(family.equals(NameIndex.ID) && clash.otherId().equals(id))) {
                String message = clash.otherId().equals(id)
                        ? kind + " '" + id + "' lists '" + name + "' twice as " + family
                        : kind + " '" + id + "' claims the name '" + name + "' (" + family + "), which already names "
                        + kind + " '" + clash.otherId() + "'; a name may identify one " + kind + " only";
                duplicates.accept(new Duplicate(file, entry, name, message));
            }
        }
    }

    /**
     * Resolves a model name: its id, a Hugging Face repository id, a {@code pkg:huggingface/…} purl (any version),
     * a {@code https://huggingface.co/…} address (any page of the repository), an alias or a listed address.
     */
    public Resolution model(String sent) {
        return model(sent, true);
    }

    /** As {@link #model(String)}; without {@code suggest}, an unresolved name gets no suggestions (nothing searches for them). */
    public Resolution model(String sent, boolean suggest) {
        List<NameIndex.Owner> found = new ArrayList<>(models.owners(sent));
        String derived = null;
        String family = null;
        String purlRepo = huggingfaceRepoOfPurl(sent);
        if (purlRepo != null) {
            derived = purlRepo;
            family = "purl";
        } else {
            String addressRepo = huggingfaceRepoOfAddress(sent);
            if (addressRepo != null) {
                derived = addressRepo;
                family = "url";
            }
        }
        if (derived != null) {
            for (NameIndex.Owner owner : models.owners(derived)) {
                if (owner.family().equals(HUGGINGFACE_ID)) {
                    found.add(new NameIndex.Owner(owner.id(), family));
                }
            }
        }
        // A purl or address is suggested for by its repository id, which is what a near miss gets wrong.
        Resolution resolution = models.resolve(sent, found, suggest && derived == null);
        if (derived != null && !resolution.resolved() && !resolution.ambiguous()) {
            Resolution byRepo = models.resolve(derived, List.of(), suggest);
            return new Resolution(sent, null, null, List.of(), byRepo.suggestions());
        }
        return resolution;
    }

    /** Resolves a license name: its id, SPDX id, Hugging Face tag or {@code license_name}, ScanCode key or {@code LicenseRef-scancode-} form, alias or address. */
    public Resolution license(String sent) {
        return license(sent, true);
    }

    /** As {@link #license(String)}; without {@code suggest}, an unresolved name gets no suggestions. */
    public Resolution license(String sent, boolean suggest) {
        return licenses.resolve(sent, licenses.owners(sent), suggest);
    }

    /** {@code org/repo} of a {@code pkg:huggingface/org/repo@rev} purl; null for anything else. */
    static String huggingfaceRepoOfPurl(String sent) {
        if (!sent.regionMatches(true, 0, "pkg:", 0, 4)) {
            return null;
        }
        try {
            PackageURL purl = new PackageURL(sent.trim());
            if (!"huggingface".equals(purl.getType())) {
                return null;
            }
            return purl.getNamespace() == null ? purl.getName() : purl.getNamespace() + "/" + purl.getName();
        } catch (MalformedPackageURLException e) {
            return null;
        }
    }

    /** {@code org/repo} of {@code https://huggingface.co/org/repo} or any page below it; null for other addresses. */
    static String huggingfaceRepoOfAddress(String sent) {
        String text = sent.trim();
        if (!text.regionMatches(true, 0, HF_ADDRESS, 0, HF_ADDRESS.length())
                && !text.regionMatches(true, 0, "http://huggingface.co/", 0, 22)
                && !text.regionMatches(true, 0, "https://www.huggingface.co/", 0, 27)) {
            return null;
        }
        String path;
        try {
            path = URI.create(text).getPath();
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (path == null) {
            return null;
        }
        String[] parts = path.replaceFirst("^/", "").split("/");
        if (parts[0].isEmpty() || List.of("models", "datasets", "spaces", "docs").contains(parts[0].toLowerCase(Locale.ROOT))) {
            return null;
        }
        // Repository ids are org/repo; a few early models have no organisation (huggingface.co/gpt2).
        return parts.length == 1 ? parts[0] : parts[0] + "/" + parts[1];
    }
}
