package ai.licensing.engine;

import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells the evaluation's {@link Findings} which rule is about to fire, so the helpers a rule calls can
 * attribute their clause to it. Stateless itself: the per-evaluation state lives in the matched {@link Usage}.
 */
final class ClauseAttribution extends DefaultAgendaEventListener {

    private final Map<String, RuleMeta> rules;
    /** The same by compiled rule, filled as rules first fire: a lookup by identity costs less than one by name. */
    private final Map<Rule, RuleMeta> byRule = new ConcurrentHashMap<>();

    ClauseAttribution(Map<String, RuleMeta> rules) {
        this.rules = rules;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        for (Object fact : event.getMatch().getObjects()) {
            Usage usage = fact instanceof StatedPurpose purpose ? purpose.getUsage() : fact instanceof Usage u ? u : null;
            if (usage != null) {
                usage.findings().enter(byRule.computeIfAbsent(event.getMatch().getRule(), rule -> rules.get(rule.getName())));
                return;
            }
        }
    }
}
