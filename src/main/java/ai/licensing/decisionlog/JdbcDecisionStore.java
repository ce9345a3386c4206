package ai.licensing.decisionlog;

import ai.licensing.model.Verdict;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decisions in the {@code decision} table of a PostgreSQL database shared by every replica (schema:
 * {@code db/migration}, applied by Flyway at start-up). A batch is one transaction, so the writer's group commit
 * costs one round trip and one commit however many decisions were queued.
 */
public final class JdbcDecisionStore implements DecisionStore {

    private static final String INSERT = "INSERT INTO decision (id, decided_at, model, license, verdict, ruleset_version, profile, "
            + "masked_paths, verdict_json) VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?::jsonb)";
    private static final String COLUMNS = "SELECT id, decided_at, ruleset_version, profile::text, masked_paths, verdict_json::text FROM decision";

    private final DataSource dataSource;
    private final String description;
    private final DecisionRecordJson json = new DecisionRecordJson();

    public JdbcDecisionStore(DataSource dataSource, String description) {
        this.dataSource = dataSource;
        this.description = description;
    }

    @Override
    public void append(List<DecisionEntry> batch) throws IOException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (DecisionEntry entry : batch) {
                    bind(connection, insert, entry);
                    insert.addBatch();
                }
                insert.executeBatch();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure("write " + batch.size() + " decision(s) to", e);
        }
    }

    private static void bind(Connection connection, PreparedStatement insert, DecisionEntry entry) throws SQLException {
        DecisionRecord record = entry.record();
        Verdict verdict = record.verdict();
        insert.setString(1, record.decisionId());
        insert.setObject(2, OffsetDateTime.ofInstant(record.time(), ZoneOffset.UTC));
        insert.setString(3, verdict.model());
        insert.setString(4, verdict.license());
        insert.setString(5, verdict.verdict().name());
        insert.setString(6, record.rulesetVersion());
        insert.setString(7, entry.profileJson());
        insert.setArray(8, connection.createArrayOf("text", record.masked().toArray()));
        insert.setString(9, entry.verdictJson());
    }

    @Override
    public Optional<DecisionRecord> find(String decisionId) throws IOException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(COLUMNS + " WHERE id = ?")) {
            select.setString(1, decisionId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(record(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read decision " + decisionId + " from", e);
        }
    }

    @Override
    public DecisionPage query(DecisionQuery query) throws IOException {
        StringBuilder sql = new StringBuilder(COLUMNS).append(" WHERE true");
        List<Object> values = new ArrayList<>();
        where(sql, values, "model = ?", query.model());
        where(sql, values, "license = ?", query.license());
        where(sql, values, "verdict = ?", query.verdict() == null ? null : query.verdict().name());
        where(sql, values, "decided_at >= ?", utc(query.since()));
        where(sql, values, "decided_at < ?", utc(query.until()));
        if (query.after() != null) {
            sql.append(" AND (decided_at, id) < (?, ?)");
            values.add(utc(query.after().time()));
            values.add(query.after().decisionId());
        }
        sql.append(" ORDER BY decided_at DESC, id DESC LIMIT ").append(query.limit() + 1);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < values.size(); i++) {
                select.setObject(i + 1, values.get(i));
            }
            List<DecisionRecord> records = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    records.add(record(row));
                }
            }
            return DecisionPage.of(records, query.limit());
        } catch (SQLException e) {
            throw failure("list decisions from", e);
        }
    }

    private static void where(StringBuilder sql, List<Object> values, String condition, Object value) {
        if (value != null) {
            sql.append(" AND ").append(condition);
            values.add(value);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private DecisionRecord record(ResultSet row) throws SQLException {
        Array masked = row.getArray(5);
        return json.record(row.getString(1), DecisionRecordJson.tree(row.getObject(2, OffsetDateTime.class).toInstant()),
                row.getString(3), DecisionRecordJson.tree(row.getString(4)),
                DecisionRecordJson.tree((Object) masked.getArray()), DecisionRecordJson.tree(row.getString(6)));
    }

    @Override
    public long purgeBefore(Instant cutoff) throws IOException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM decision WHERE decided_at < ?")) {
            delete.setObject(1, utc(cutoff));
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw failure("purge old decisions from", e);
        }
    }

    /** Readiness: a connection can be had and answers within two seconds. */
    @Override
    public void check() throws IOException {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(2)) {
                throw new IOException("the connection to " + description + " is not valid");
            }
        } catch (SQLException e) {
            throw failure("reach", e);
        }
    }

    private IOException failure(String what, SQLException e) {
        return new IOException("cannot " + what + " the decision store " + description + ": " + e.getMessage(), e);
    }

    @Override
    public String description() {
        return description;
    }

    /** The data source belongs to whoever made it (the service's pool, or the command's connection). */
    @Override
    public void close() {
    }
}
