package ai.licensing.api;

import ai.licensing.model.ProfileLimits;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Limits on what one request may ask of the service ({@code licensing.limits.*}), so that no client can hold a
 * worker thread or the heap for long. The body size itself is {@code quarkus.http.limits.max-body-size}.
 */
@ConfigMapping(prefix = "licensing.limits")
public interface RequestLimits {

    /** Most profiles in one batch request; more is answered 413. */
    @WithDefault("1000")
    int batchSize();

    /** Most entries in any list of a profile (purposes, deployment countries); more is answered 400. */
    @WithDefault("300")
    int maxListLength();

    /** Most characters in any string of a profile; more is answered 400. */
    @WithDefault("256")
    int maxStringLength();

    default ProfileLimits profile() {
        return new ProfileLimits(maxListLength(), maxStringLength());
    }
}
