package ai.licensing.decisionlog;

import ai.licensing.model.Decision;
import ai.licensing.testing.PostgresCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The PostgreSQL store against a real PostgreSQL server, with the schema made by the service's Flyway migration. */
class JdbcDecisionStoreTest extends DecisionStoreContractTest {

    private static PostgresCluster cluster;
    private static PGSimpleDataSource dataSource;

    @BeforeAll
    static void startPostgres() throws Exception {
        cluster = PostgresCluster.start(java.nio.file.Path.of("target"));
        dataSource = cluster.migratedDataSource();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        cluster.close();
    }

    @Override
    protected DecisionStore open() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("TRUNCATE decision");
        }
        return new JdbcDecisionStore(dataSource, "test PostgreSQL");
    }

    @Test
    void theQueriedColumnsAreIndexed() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT indexdef FROM pg_indexes WHERE tablename = 'decision'")) {
            StringBuilder indexes = new StringBuilder();
            while (rows.next()) {
                indexes.append(rows.getString(1)).append('\n');
            }
            for (String column : List.of("(id)", "(decided_at DESC, id DESC)", "(model, decided_at DESC", "(license, decided_at DESC",
                    "(verdict, decided_at DESC")) {
                assertTrue(indexes.toString().contains(column), column + " in\n" + indexes);
            }
        }
    }

    @Test
    void purgeDeletesTheRowsBeforeTheCutoff() throws Exception {
        Instant cutoff = START.plus(Duration.ofMinutes(30)).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        assertEquals(30, store.purgeBefore(cutoff));
        DecisionPage left = store.query(DecisionQuery.all(1000));
        assertEquals(30, left.decisions().size());
        assertTrue(left.decisions().stream().noneMatch(r -> r.time().isBefore(cutoff)));
    }

    @Test
    void aBatchIsOneTransactionSoAFailedBatchLeavesNothing() throws Exception {
        DecisionEntry fresh = Decisions.made("gemma-2-9b", "gemma-terms", Decision.DENIED, Instant.now());
        // The second entry repeats a stored id: the primary key refuses it, and the whole batch with it.
        assertThrows(java.io.IOException.class, () -> store.append(List.of(fresh, written.get(0))));
        assertTrue(store.find(fresh.record().decisionId()).isEmpty());
    }

    @Test
    void maskedPathsAreStoredWithTheRecord() throws Exception {
        DecisionEntry made = Decisions.made("gemma-2-9b", "gemma-terms", Decision.ALLOWED, Instant.now());
        DecisionRecord masked = new DecisionRecord(made.record().decisionId(), made.record().time(), made.record().rulesetVersion(),
                made.record().profile(), made.record().verdict(), List.of("licensee.country"));
        store.append(List.of(DecisionEntry.of(masked)));
        assertEquals(List.of("licensee.country"), store.find(masked.decisionId()).orElseThrow().masked());
    }
}
