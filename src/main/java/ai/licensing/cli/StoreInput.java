package ai.licensing.cli;

import ai.licensing.decisionlog.DecisionStore;
import ai.licensing.decisionlog.JdbcDecisionStore;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The service's PostgreSQL decision store, opened by the command line without booting the service: the JDBC URL
 * from {@code --store}, the user and password from the same environment variables the service reads.
 */
final class StoreInput {

    private StoreInput() {
    }

    static DecisionStore open(String jdbcUrl) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(jdbcUrl);
        String user = System.getenv("QUARKUS_DATASOURCE_USERNAME");
        String password = System.getenv("QUARKUS_DATASOURCE_PASSWORD");
        if (user != null) {
            dataSource.setUser(user);
        }
        if (password != null) {
            dataSource.setPassword(password);
        }
        // Named without its query string, which may hold the password.
        return new JdbcDecisionStore(dataSource, jdbcUrl.replaceFirst("\\?.*", ""));
    }
}
