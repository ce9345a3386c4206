package ai.licensing.model;

/**
 * Size limits on a profile, so that no request can make the service do unbounded work.
 *
 * @param maxListLength   most entries in any list (purposes, deployment countries)
 * @param maxStringLength most characters in any string field
 */
public record ProfileLimits(int maxListLength, int maxStringLength) {

    public static final ProfileLimits DEFAULT = new ProfileLimits(300, 256);
}
