package ai.licensing.catalog;

import ai.licensing.json.Json;
import ai.licensing.model.Countries;
import ai.licensing.model.IsoDates;
import ai.licensing.model.Purpose;
import ai.licensing.model.SourceError;
import ai.licensing.model.Vocabulary;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code catalog/licenses.yaml}, {@code models.yaml}, {@code purposes.yaml} and {@code regions.yaml}
 * and checks them against each other, reporting every problem with its file and line.
 */
public final class CatalogLoader {

    public static final String FOLDER = "catalog";

    private static final ObjectMapper YAML = Json.yaml();

    /** The group the engine itself reads (makesAvailable); every catalog has it. */
    public static final String INTERNAL_ONLY = "internal-only";

    private static final Pattern REGION_NAME = Pattern.compile("[a-z][a-z0-9-]*");

    private final List<SourceError> errors = new ArrayList<>();

    /** Loads the catalog under {@code rulesDir/catalog}; throws with every problem found. */
    public static Catalog load(Path rulesDir) {
        return new CatalogLoader().read(rulesDir.resolve(FOLDER));
    }

    private Catalog read(Path dir) {
        List<License> licenseList = readFile(dir, "licenses.yaml", new TypeReference<List<License>>() { }, List.of());
        List<Model> modelList = readFile(dir, "models.yaml", new TypeReference<List<Model>>() { }, List.of());
        PurposeFile purposes = readFile(dir, "purposes.yaml", new TypeReference<PurposeFile>() { }, new PurposeFile(Map.of()));
        Map<String, List<String>> regionFile = readFile(dir, "regions.yaml", new TypeReference<Map<String, List<String>>>() { }, Map.of());

        Map<String, License> licenses = new LinkedHashMap<>();
        for (License l : licenseList) {
            if (l.id() == null || l.name() == null || l.url() == null || l.category() == null) {
                problem("licenses.yaml", "license " + l.id() + " needs id, name, url and category");
            } else if (licenses.putIfAbsent(l.id(), l) != null) {
                problem("licenses.yaml", "license id '" + l.id() + "' is listed twice");
            }
            checkTermsDates(l);
        }
        Map<String, Model> models = new LinkedHashMap<>();
        for (Model m : modelList) {
            if (m.id() == null || m.name() == null || m.license() == null || m.accessModes() == null || m.accessModes().isEmpty()) {
                problem("models.yaml", "model " + m.id() + " needs id, name, license and at least one access mode");
            } else if (!licenses.containsKey(m.license())) {
                problem("models.yaml", "model '" + m.id() + "' names license '" + m.license() + "', which licenses.yaml does not list");
            } else if (models.putIfAbsent(m.id(), m) != null) {
                problem("models.yaml", "model id '" + m.id() + "' is listed twice");
            }
        }
        models.values().forEach(m -> checkModelReferences(m, licenses.keySet(), models.keySet()));
        Map<String, Set<String>> groups = new LinkedHashMap<>();
        List<String> vocabulary = Vocabulary.ids(Purpose.class);
        purposes.groups().forEach((name, members) -> {
            for (String member : members) {
                if (!vocabulary.contains(member)) {
                    problem("purposes.yaml", "group '" + name + "' names '" + member + "', which is not in the purposes vocabulary");
                }
            }
            groups.put(name, Collections.unmodifiableSet(new LinkedHashSet<>(members)));
        });
        if (!groups.containsKey(INTERNAL_ONLY) && !purposes.groups().isEmpty()) {
            problem("purposes.yaml", "the group '" + INTERNAL_ONLY + "' is missing; makesAvailable() reads it (purposes that show nothing outside the licensee)");
        }
        Map<String, Set<String>> regions = regions(regionFile);
        Names names = Names.of(licenseList, modelList, duplicate -> {
            problem(duplicate.file(), YamlLines.find(dir.resolve(duplicate.file()), duplicate.entry(), duplicate.name()),
                    duplicate.message());
        });
        if (!errors.isEmpty()) {
            throw new CatalogException(errors);
        }
        return new Catalog(Collections.unmodifiableMap(licenses), Collections.unmodifiableMap(models),
                Collections.unmodifiableMap(groups), new Regions(regions), names);
    }

    /**
     * Region names are lower-case words ({@code eu}, {@code eea}), so they never read as a country code; each lists
     * ISO codes only. {@code eu} is required: the rules' EU helpers read it.
     */
    private Map<String, Set<String>> regions(Map<String, List<String>> file) {
        Map<String, Set<String>> regions = new LinkedHashMap<>();
        file.forEach((name, codes) -> {
            if (!REGION_NAME.matcher(name).matches()) {
                problem("regions.yaml", "region name '" + name + "' must be lower-case letters, digits and '-' (codes are upper case)");
            }
            for (String code : codes == null ? List.<String>of() : codes) {
                if (!Countries.isCode(code)) {
                    problem("regions.yaml", "region '" + name + "': '" + code + "' is not an ISO 3166-1 alpha-2 country code");
                }
            }
            regions.put(name, codes == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(codes)));
        });
        if (!regions.containsKey(Regions.EU) && !file.isEmpty()) {
            problem("regions.yaml", "the region '" + Regions.EU + "' (the EU member states) is missing");
        }
        return regions;
    }

    /** Policies must be catalog licenses, derivedFrom a catalog model, dates real YYYY-MM-DD dates. */
    private void checkModelReferences(Model m, Set<String> licenseIds, Set<String> modelIds) {
        for (String policy : m.policies()) {
            if (!licenseIds.contains(policy)) {
                problem("models.yaml", "model '" + m.id() + "' names policy '" + policy + "', which licenses.yaml does not list");
            } else if (policy.equals(m.license())) {
                problem("models.yaml", "model '" + m.id() + "' names its license '" + policy + "' again as a policy");
            }
        }
        if (m.derivedFrom() != null && !modelIds.contains(m.derivedFrom())) {
            problem("models.yaml", "model '" + m.id() + "' is derivedFrom '" + m.derivedFrom() + "', which models.yaml does not list");
        }
        checkDate(m, "released", m.released());
        checkDate(m, "retired", m.retired());
    }

    private void checkDate(Model m, String field, String value) {
        if (value != null && !IsoDates.isDate(value)) {
            problem("models.yaml", "model '" + m.id() + "': " + field + " '" + value + "' is not a YYYY-MM-DD date");
        }
    }

    /** Terms dates are compared with {@code licensee.termsAcceptedOn}, so they must be real dates. */
    private void checkTermsDates(License l) {
        List<String> dates = new ArrayList<>();
        dates.add(l.effective());
        if (l.verified() != null) {
            dates.add(l.verified().on());
        }
        if (l.versions() != null) {
            l.versions().forEach(v -> dates.add(v.effective()));
        }
        for (String date : dates) {
            if (date != null && !IsoDates.isDate(date)) {
                problem("licenses.yaml", "license " + l.id() + ": '" + date + "' is not a date (YYYY-MM-DD)");
            }
        }
    }

    private <T> T readFile(Path dir, String name, TypeReference<T> type, T empty) {
        Path file = dir.resolve(name);
        try {
            T value = YAML.readValue(Files.readAllBytes(file), type);
            return value == null ? empty : value;
        } catch (NoSuchFileException e) {
            problem(name, "file is missing from " + dir);
        } catch (JsonProcessingException e) {
            problem(name, e.getLocation(), e.getOriginalMessage());
        } catch (IOException e) {
            problem(name, "cannot be read: " + e.getMessage());
        }
        return empty;
    }

    private void problem(String file, String message) {
        problem(file, null, message);
    }

    /** A problem at a place in a catalog file; line and column 0 when the place is not known. */
    private void problem(String file, JsonLocation at, String message) {
        errors.add(new SourceError(FOLDER + "/" + file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), message));
    }

    record PurposeFile(Map<String, List<String>> groups) {
    }

}
