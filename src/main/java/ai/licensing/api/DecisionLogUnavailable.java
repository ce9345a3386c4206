package ai.licensing.api;

/** The decision store could not be written or read: the request is answered 503, never with an unrecorded verdict. */
public class DecisionLogUnavailable extends RuntimeException {

    public DecisionLogUnavailable(Throwable cause) {
        super("the decision store is unavailable: " + cause.getMessage(), cause);
    }
}
