package ai.licensing.scenario;

import ai.licensing.model.UsageProfile;

/**
 * One scenario of a scenario file (contract section 5): a profile and what its verdict must be.
 *
 * @param file  the file it came from, as given on the command line or relative to the scenarios folder
 * @param index its position in the file (0-based)
 */
public record Scenario(String file, int index, String name, UsageProfile profile, Expectation expect) {
}
