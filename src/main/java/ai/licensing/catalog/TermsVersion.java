package ai.licensing.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One dated version of a license's terms, where versions differ in ways that change verdicts
 * (licenses.yaml {@code versions}). The rules pick the version by {@code licensee.termsAcceptedOn}.
 *
 * @param effective the date the version took effect (YYYY-MM-DD)
 * @param url       where that version is published or archived
 * @param changes   what differs from the previous version, in a lawyer's words
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TermsVersion(String effective, String url, String changes) {
}
