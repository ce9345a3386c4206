package ai.licensing.cli;

import ai.licensing.decisionlog.DecisionEntry;
import ai.licensing.decisionlog.DecisionLogFile;
import ai.licensing.decisionlog.DecisionRecord;
import ai.licensing.decisionlog.JdbcDecisionStore;
import ai.licensing.decisionlog.ProfileMask;
import ai.licensing.engine.DecisionEngine;
import ai.licensing.engine.Ruleset;
import ai.licensing.engine.RulesetLoader;
import ai.licensing.model.ProfileParser;
import ai.licensing.model.UsageProfile;
import ai.licensing.testing.PostgresCluster;
import ai.licensing.testing.RulesCopy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code diff} over the decisions in the shared PostgreSQL store, and over masked decisions: a decision whose
 * licensee country was masked is reported as not replayable, never as a change (D7).
 */
class DiffStoreTest {

    @TempDir
    static Path dir;
    static PostgresCluster cluster;
    static Path lowered;
    static final List<String> ids = new ArrayList<>();

    @BeforeAll
    static void storeDecisions() throws Exception {
        cluster = PostgresCluster.start(Path.of("target"));
        PGSimpleDataSource dataSource = cluster.migratedDataSource();

        lowered = RulesCopy.into(dir.resolve("lowered"));
        RulesCopy.replace(lowered.resolve("community-demo.drl"), "monthlyActiveUsersAbove( 700000000 )", "monthlyActiveUsersAbove( 500000000 )");
        Ruleset current = RulesetLoader.load(RulesCopy.MINIMAL);
        ProfileMask country = ProfileMask.of(List.of("licensee.country"));
        List<DecisionEntry> entries = new ArrayList<>();
        // 650M users: changes under the lowered threshold; 50M: does not; 650M with the country masked: not replayable.
        for (long users : List.of(650_000_000L, 50_000_000L, 650_000_000L)) {
            UsageProfile profile = new ProfileParser().parse(DiffCommandTest.platform(users));
            ProfileMask.Masked stored = entries.size() == 2 ? country.apply(profile) : ProfileMask.NONE.apply(profile);
            DecisionRecord record = DecisionRecord.of(stored.profile(), DecisionEngine.evaluate(current, profile), stored.paths());
            entries.add(DecisionEntry.of(record));
            ids.add(record.decisionId());
        }
        new JdbcDecisionStore(dataSource, "test").append(entries);
        try (DecisionLogFile log = DecisionLogFile.open(dir.resolve("logs/decisions.jsonl"))) {
            log.append(List.of(entries.get(2)), false);
        }
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        cluster.close();
    }

    private static String url() {
        return cluster.jdbcUrl() + "?user=" + PostgresCluster.USER + "&password=" + PostgresCluster.PASSWORD;
    }

    @Test
    void theStoredDecisionsAreComparedAndAMaskedOneIsNotReplayed() {
        DiffCommandTest.Run run = DiffCommandTest.diff("--rules", RulesCopy.MINIMAL.toString(), "--against", lowered.toString(), "--store", url());
        assertEquals(1, run.exit(), run.err());
        List<String> lines = run.changed();
        assertEquals(2, lines.size(), run.out());
        assertTrue(lines.contains(cluster.jdbcUrl() + " › " + ids.get(0) + ": ALLOWED → DENIED"), run.out());
        assertTrue(lines.contains(cluster.jdbcUrl() + " › " + ids.get(2) + ": not replayable: licensee.country masked"), run.out());
        assertTrue(!run.out().contains(PostgresCluster.PASSWORD), "the password is not printed");
        assertTrue(run.out().contains("1 of 2 profiles change") && run.out().contains("1 not replayable (masked)"), run.out());
    }

    @Test
    void aMaskedDecisionInALogFileIsNotReplayedEither() {
        DiffCommandTest.Run run = DiffCommandTest.diff("--rules", RulesCopy.MINIMAL.toString(), "--against", lowered.toString(), dir.resolve("logs").toString());
        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains(ids.get(2) + ": not replayable: licensee.country masked"), run.out());
        assertTrue(run.out().contains("0 of 0 profiles change"), run.out());
    }

    @Test
    void aStoreThatCannotBeReachedIsAnError() {
        DiffCommandTest.Run run = DiffCommandTest.diff("--rules", RulesCopy.MINIMAL.toString(), "--against", lowered.toString(),
                "--store", "jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2");
        assertEquals(2, run.exit(), run.out());
        assertTrue(run.err().contains("cannot be read"), run.err());
    }
}
