package ai.licensing.bench;

import ai.licensing.model.AccessMode;
import ai.licensing.model.LicenseeType;
import ai.licensing.json.Json;
import ai.licensing.model.Purpose;
import ai.licensing.model.UsageProfile;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A fixed, seeded mix of usage profiles across the given models: every fact is sometimes unknown, sometimes
 * known, with thresholds near their boundaries, so benchmarks exercise every kind of clause.
 * {@code main} writes them as NDJSON for the {@code evaluate} throughput run.
 */
public final class ProfileGenerator {

    private static final Purpose[] PURPOSES = Purpose.values();
    private static final String[] COUNTRIES = {"US", "DE", "FR", "GB", "NO", "JP", "IN", "BR", "IE", "CH"};
    private static final long[] MAUS = {0, 1_000, 5_000_000, 99_999_999, 100_000_001, 699_999_999, 700_000_000, 700_000_001, 2_000_000_000};
    private static final long[] REVENUES = {0, 999_999, 1_000_000, 1_000_001, 50_000_000, 90_000_000_000L};

    private final SplittableRandom random;
    private final List<String> models;

    public ProfileGenerator(long seed, List<String> models) {
        this.random = new SplittableRandom(seed);
        this.models = models;
    }

    public UsageProfile next() {
        return new UsageProfile(models.get(random.nextInt(models.size())), null,
                maybe(() -> new UsageProfile.Licensee(pick(LicenseeType.values()), maybe(() -> pick(COUNTRIES)),
                        maybe(() -> MAUS[random.nextInt(MAUS.length)]), maybe(() -> REVENUES[random.nextInt(REVENUES.length)]))),
                maybe(() -> new UsageProfile.Use(bool(), maybe(this::purposes), null, maybe(() -> pick(AccessMode.values())), bool())),
                maybe(() -> new UsageProfile.Modification(bool(), bool(), maybe(() -> pick(new String[]{"Llama-3-acme", "acme-chat"})), bool())),
                maybe(() -> new UsageProfile.Compliance(bool(), bool(), bool(), bool())),
                maybe(() -> new UsageProfile.Data(bool(), bool())));
    }

    public List<UsageProfile> take(int count) {
        List<UsageProfile> profiles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            profiles.add(next());
        }
        return profiles;
    }

    private List<Purpose> purposes() {
        int n = random.nextInt(4);
        List<Purpose> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            // Mostly ordinary purposes, as real traffic would be.
            list.add(random.nextInt(4) == 0 ? pick(PURPOSES) : PURPOSES[random.nextInt(9)]);
        }
        return list;
    }

    private Boolean bool() {
        int r = random.nextInt(5);
        return r == 0 ? null : r % 2 == 0;
    }

    private <T> T maybe(java.util.function.Supplier<T> value) {
        return random.nextInt(8) == 0 ? null : value.get();
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    /** {@code ProfileGenerator COUNT OUT_FILE [SEED]}: writes COUNT profiles over every catalog model as NDJSON. */
    public static void main(String[] args) throws IOException {
        int count = Integer.parseInt(args[0]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        List<String> models = ai.licensing.catalog.CatalogLoader.load(Path.of("rules-drl")).modelIds();
        ProfileGenerator generator = new ProfileGenerator(seed, models);
        ObjectMapper json = Json.profiles();
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]))) {
            for (int i = 0; i < count; i++) {
                out.write(json.writeValueAsString(generator.next()));
                out.newLine();
            }
        }
    }
}
