package ai.licensing.engine;

import org.kie.api.KieBase;
import org.kie.api.runtime.StatelessKieSession;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Pooled stateless sessions, a pool per license over the base its decisions run on. A pooled session is reset after
 * every decision, and the reset visits every node memory the session ever created: a session that served every
 * license held the memories of all their rules, one that serves a single license only that license's and the
 * catalog's. Keeping each license to its own pool made a decision about half as costly (docs/performance.md).
 */
final class LicenseSessions {

    private final KnowledgeBases bases;
    private final ClauseAttribution attribution;
    private final ConcurrentMap<String, StatelessKieSession> byLicense = new ConcurrentHashMap<>();

    LicenseSessions(KnowledgeBases bases, ClauseAttribution attribution) {
        this.bases = bases;
        this.attribution = attribution;
    }

    /** The same licenses' sessions over other bases of the same rules (their consequences compiled). */
    LicenseSessions over(KnowledgeBases other) {
        return new LicenseSessions(other, attribution.over(other.rulesOfEveryBase()));
    }

    KnowledgeBases bases() {
        return bases;
    }

    /** The knowledge base this license's (or policy's) decisions run on. */
    KieBase base(String licenseId) {
        return bases.of(licenseId);
    }

    /** The session that evaluates usages of this license (or policy); made on first use. */
    StatelessKieSession of(String licenseId) {
        return byLicense.computeIfAbsent(licenseId, id -> {
            StatelessKieSession session = bases.of(id).newKieSessionsPool(1).newStatelessKieSession();
            session.addEventListener(attribution);
            return session;
        });
    }
}
