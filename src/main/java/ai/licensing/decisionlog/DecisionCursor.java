package ai.licensing.decisionlog;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;

/**
 * Where a page of decisions ended: the time and id of its last (oldest) decision. Decisions are listed newest first
 * by time, then id, so the next page is everything strictly before that pair; decisions written meanwhile never
 * shift a page. Opaque to clients (base64url).
 */
public record DecisionCursor(Instant time, String decisionId) {

    /** Newest first: later time first, and for the same microsecond the greater id first. */
    static final Comparator<DecisionRecord> NEWEST_FIRST =
            Comparator.comparing(DecisionRecord::time).thenComparing(DecisionRecord::decisionId).reversed();

    static DecisionCursor after(DecisionRecord last) {
        return new DecisionCursor(last.time(), last.decisionId());
    }

    /** Whether the record comes after this cursor in newest-first order, i.e. belongs to a later page. */
    boolean precedes(DecisionRecord record) {
        int byTime = record.time().compareTo(time);
        return byTime < 0 || byTime == 0 && record.decisionId().compareTo(decisionId) < 0;
    }

    String encoded() {
        String plain = time.getEpochSecond() + "." + time.getNano() + "/" + decisionId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException when the text is not a cursor this service handed out */
    public static DecisionCursor decode(String encoded) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            int slash = plain.indexOf('/');
            int dot = plain.indexOf('.');
            if (slash < 0 || dot < 0 || dot > slash || slash == plain.length() - 1) {
                throw new IllegalArgumentException("not a cursor");
            }
            Instant time = Instant.ofEpochSecond(Long.parseLong(plain.substring(0, dot)), Long.parseLong(plain.substring(dot + 1, slash)));
            return new DecisionCursor(time, plain.substring(slash + 1));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new IllegalArgumentException("'" + encoded + "' is not a cursor from a previous page's \"next\"", e);
        }
    }
}
