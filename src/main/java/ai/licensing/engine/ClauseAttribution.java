package ai.licensing.engine;

import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Tells the evaluation's {@link Findings} which rule is about to fire, so the helpers a rule calls can
 * attribute their clause to it. Stateless itself: the per-evaluation state lives in the matched {@link Usage}.
 */
final class ClauseAttribution extends DefaultAgendaEventListener {

    private final Map<String, RuleMeta> byName;
    /**
     * The same, by the compiled rule the match names: a rule's name is a long string, and the compiled consequences'
     * rules do not share the name's instance with {@code byName}, so hashing and comparing names was 7 % of a decision.
     * Never changed after construction.
     */
    private final Map<Rule, RuleMeta> byRule = new IdentityHashMap<>();

    /** @param compiled every rule of the bases whose sessions this listens to */
    ClauseAttribution(Map<String, RuleMeta> byName, Collection<Rule> compiled) {
        this.byName = byName;
        for (Rule rule : compiled) {
            RuleMeta meta = byName.get(rule.getName());
            if (meta != null) {
                byRule.put(rule, meta);
            }
        }
    }

    /** The same clauses for the rules of other bases compiled from the same files. */
    ClauseAttribution over(Collection<Rule> compiled) {
        return new ClauseAttribution(byName, compiled);
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        for (Object fact : event.getMatch().getObjects()) {
            Usage usage = fact instanceof StatedPurpose purpose ? purpose.getUsage() : fact instanceof Usage u ? u : null;
            if (usage != null) {
                usage.findings().enter(byRule.get(event.getMatch().getRule()));
                return;
            }
        }
    }
}
