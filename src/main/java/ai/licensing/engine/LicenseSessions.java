package ai.licensing.engine;

import org.kie.api.KieBase;
import org.kie.api.runtime.StatelessKieSession;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Pooled stateless sessions over the one knowledge base, a pool per license. A pooled session is reset after every
 * decision, and the reset visits every node memory the session ever created: a session that served every license
 * holds the memories of all their rules, one that serves a single license only that license's and the catalog's.
 * Keeping each license to its own pool made a decision about half as costly (docs/performance.md).
 */
final class LicenseSessions {

    private final KieBase base;
    private final ClauseAttribution attribution;
    private final ConcurrentMap<String, StatelessKieSession> byLicense = new ConcurrentHashMap<>();

    LicenseSessions(KieBase base, ClauseAttribution attribution) {
        this.base = base;
        this.attribution = attribution;
    }

    /** The session that evaluates usages of this license (or policy); made on first use. */
    StatelessKieSession of(String licenseId) {
        return byLicense.computeIfAbsent(licenseId, id -> {
            StatelessKieSession session = base.newKieSessionsPool(1).newStatelessKieSession();
            session.addEventListener(attribution);
            return session;
        });
    }
}
