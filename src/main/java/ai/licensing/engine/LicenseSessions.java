package ai.licensing.engine;

import org.kie.api.KieBase;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The sessions decisions run in: per license, a pool of sessions over the base its decisions run on. A decision
 * takes an idle session, inserts its facts, fires the rules, deletes its facts again and puts the session back.
 * <p>
 * Deleting the decision's own facts undoes only what they touched. Drools' pooled stateless sessions instead reset
 * every node memory the session ever created after each decision; with a pool per license that reset was still a
 * seventh of a decision, and deleting instead made decisions about a sixth faster (docs/performance.md). It decides
 * as a fresh session would because every rule that can conclude anything calls a helper on the decision's
 * {@code Usage}, so its matches start from this decision's facts and leave with them, and the authoring checks
 * reject the rule attributes whose state outlives a match (agenda groups, {@code no-loop}, timers…).
 * A session whose decision failed is dropped, never reused.
 * <p>
 * Several decisions of one license may share a run ({@link #decideAll}): their facts go in together, the rules fire
 * once, and every decision's facts are deleted. That decides as separate runs would only while no rule can match facts
 * of two decisions together, which the authoring checks tell for each rule ({@code matchesOneFact}); with a rule that
 * could, every decision runs alone.
 */
final class LicenseSessions {

    private final KnowledgeBases bases;
    private final ClauseAttribution attribution;
    /** Whether every rule matches one fact of one decision, so that decisions may share a run ({@link #decideAll}). */
    private final boolean decisionsMayShareARun;
    private final ConcurrentMap<String, Queue<KieSession>> idle = new ConcurrentHashMap<>();
    /** Listeners of every session, made or to be made (tests watch which rules fire). */
    private final List<AgendaEventListener> listeners = new CopyOnWriteArrayList<>();

    /** @param decisionsMayShareARun no rule can match the facts of two decisions together (the authoring checks tell) */
    LicenseSessions(KnowledgeBases bases, ClauseAttribution attribution, boolean decisionsMayShareARun) {
        this.bases = bases;
        this.attribution = attribution;
        this.decisionsMayShareARun = decisionsMayShareARun;
        listeners.add(attribution);
    }

    /** The same licenses' sessions over other bases of the same rules (their consequences compiled). */
    LicenseSessions over(KnowledgeBases other) {
        return new LicenseSessions(other, attribution.over(other.rulesOfEveryBase()), decisionsMayShareARun);
    }

    /** Whether {@link #decideAll} runs decisions together, or one by one because a rule could join two decisions' facts. */
    boolean decisionsShareARun() {
        return decisionsMayShareARun;
    }

    KnowledgeBases bases() {
        return bases;
    }

    /** The knowledge base this license's (or policy's) decisions run on. */
    KieBase base(String licenseId) {
        return bases.of(licenseId);
    }

    /** Runs the rules of this license (or policy) on the facts of one decision. */
    void decide(String licenseId, List<Object> facts) {
        run(licenseId, List.of(facts));
    }

    /**
     * Runs the rules of this license on the facts of several decisions, each list one decision's: in one run when
     * decisions may share one, else one run each.
     */
    void decideAll(String licenseId, List<List<Object>> decisions) {
        if (decisionsMayShareARun) {
            run(licenseId, decisions);
        } else {
            decisions.forEach(facts -> run(licenseId, List.of(facts)));
        }
    }

    private void run(String licenseId, List<List<Object>> decisions) {
        Queue<KieSession> pool = idle.computeIfAbsent(licenseId, id -> new ConcurrentLinkedQueue<>());
        KieSession session = pool.poll();
        if (session == null) {
            session = newSession(licenseId);
        }
        int count = 0;
        for (List<Object> facts : decisions) {
            count += facts.size();
        }
        FactHandle[] handles = new FactHandle[count];
        try {
            int next = 0;
            for (List<Object> facts : decisions) {
                for (Object fact : facts) {
                    handles[next++] = session.insert(fact);
                }
            }
            session.fireAllRules();
            for (FactHandle handle : handles) {
                session.delete(handle);
            }
            // Processes the deletions now, so the session goes back with nothing pending.
            session.fireAllRules();
        } catch (RuntimeException e) {
            session.dispose();
            throw e;
        }
        pool.offer(session);
    }

    private KieSession newSession(String licenseId) {
        KieSession session = bases.of(licenseId).newKieSession();
        listeners.forEach(session::addEventListener);
        return session;
    }

    /** The facts the idle sessions still hold: none, once every decision has deleted its own. */
    long factsInIdleSessions() {
        return idle.values().stream().flatMap(Queue::stream).mapToLong(KieSession::getFactCount).sum();
    }

    /** Tells {@code listener} of what the rules do in every decision from now on. */
    void listen(AgendaEventListener listener) {
        listeners.add(listener);
        idle.values().forEach(pool -> pool.forEach(session -> session.addEventListener(listener)));
    }
}
