package ai.licensing.engine;

import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

import java.util.Map;

/**
 * Tells the evaluation's {@link Findings} which rule is about to fire, so the helpers a rule calls can
 * attribute their clause to it. Stateless itself: the per-evaluation state lives in the matched {@link Usage}.
 */
final class ClauseAttribution extends DefaultAgendaEventListener {

    private final Map<String, RuleMeta> rules;

    ClauseAttribution(Map<String, RuleMeta> rules) {
        this.rules = rules;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        for (Object fact : event.getMatch().getObjects()) {
            Usage usage = fact instanceof StatedPurpose purpose ? purpose.getUsage() : fact instanceof Usage u ? u : null;
            if (usage != null) {
                usage.findings().enter(rules.get(event.getMatch().getRule().getName()));
                return;
            }
        }
    }
}
