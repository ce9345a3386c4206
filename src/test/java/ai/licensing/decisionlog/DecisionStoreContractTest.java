package ai.licensing.decisionlog;

import ai.licensing.model.Decision;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every searchable store does the same way: lookups, filtered listings, pages by cursor. */
abstract class DecisionStoreContractTest {

    /** 60 decisions a minute apart, over three models, two licenses and every verdict. */
    static final Instant START = Instant.parse("2026-11-01T00:00:00.123456789Z");

    protected DecisionStore store;
    protected final List<DecisionEntry> written = new ArrayList<>();

    protected abstract DecisionStore open() throws Exception;

    @BeforeEach
    void fill() throws Exception {
        store = open();
        String[] models = {"llama-2-70b-chat", "gemma-2-9b", "mistral-7b"};
        Decision[] verdicts = Decision.values();
        for (int i = 0; i < 60; i++) {
            written.add(Decisions.made(models[i % 3], i % 3 == 0 ? "llama-2-community" : "other-license", verdicts[i % 4],
                    START.plus(Duration.ofMinutes(i))));
        }
        // Three group commits, as the writer makes them.
        store.append(written.subList(0, 10));
        store.append(written.subList(10, 45));
        store.append(written.subList(45, 60));
    }

    @AfterEach
    void close() throws IOException {
        store.close();
    }

    @Test
    void everyDecisionIsFoundWholeByItsId() throws IOException {
        for (DecisionEntry entry : written) {
            assertEquals(entry.record(), store.find(entry.record().decisionId()).orElseThrow());
        }
        assertTrue(store.find("no-such-decision").isEmpty());
    }

    @Test
    void pagesListEveryMatchOnceNewestFirst() throws IOException {
        DecisionQuery query = new DecisionQuery("llama-2-70b-chat", null, null, null, null, 7, null);
        List<DecisionRecord> listed = new ArrayList<>();
        DecisionPage page = store.query(query);
        int pages = 1;
        listed.addAll(page.decisions());
        while (page.next() != null) {
            page = store.query(query.next(page));
            listed.addAll(page.decisions());
            pages++;
        }
        List<DecisionRecord> expected = written.stream().map(DecisionEntry::record)
                .filter(r -> r.verdict().model().equals("llama-2-70b-chat"))
                .sorted(Comparator.comparing(DecisionRecord::time).reversed()).toList();
        assertEquals(20, expected.size());
        assertEquals(Decisions.ids(expected), Decisions.ids(listed));
        assertEquals(3, pages, "7 + 7 + 6");
    }

    @Test
    void filtersCombineAndTheTimeRangeIsSinceInclusiveUntilExclusive() throws IOException {
        Instant since = START.plus(Duration.ofMinutes(12)).truncatedTo(ChronoUnit.MICROS);
        Instant until = START.plus(Duration.ofMinutes(36)).truncatedTo(ChronoUnit.MICROS);
        DecisionPage page = store.query(new DecisionQuery(null, "llama-2-community", Decision.ALLOWED, since, until, 100, null));
        // i % 3 == 0 (llama-2-community) and i % 4 == 0 (ALLOWED): i = 12, 24 in [12, 36)
        assertEquals(List.of(written.get(24).record().decisionId(), written.get(12).record().decisionId()), Decisions.ids(page.decisions()));
        assertNull(page.next());
    }

    @Test
    void purgeRemovesOnlyDecisionsBeforeTheCutoff() throws IOException {
        store.purgeBefore(START.minus(Duration.ofDays(1)));
        assertEquals(60, store.query(DecisionQuery.all(1000)).decisions().size(), "nothing is that old");
    }
}
