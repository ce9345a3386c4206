package ai.licensing.api;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Activates the datasource (and so Flyway) only when {@code licensing.decision-log.store=postgresql}, so the file
 * store starts without a database and never contacts one, and an operator sets the store and the datasource keys
 * only. An explicit {@code quarkus.datasource.active} still wins: this source has a low ordinal.
 */
public class DecisionLogDatasourceActivation implements ConfigSourceFactory {

    private static final int BELOW_APPLICATION_PROPERTIES = 50;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue store = context.getValue("licensing.decision-log.store");
        ConfigValue enabled = context.getValue("licensing.decision-log.enabled");
        boolean database = store != null && store.getValue() != null
                && "postgresql".equals(store.getValue().trim().toLowerCase(Locale.ROOT))
                && (enabled == null || enabled.getValue() == null || !"false".equalsIgnoreCase(enabled.getValue().trim()));
        return List.of(new PropertiesConfigSource(Map.of("quarkus.datasource.active", String.valueOf(database)),
                "licensing.decision-log.store", BELOW_APPLICATION_PROPERTIES));
    }
}
