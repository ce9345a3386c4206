package ai.licensing.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which profile facts a rule reads, found from the names of the {@link Usage} properties and helpers it uses,
 * so that a license can list the questions that matter for it without anyone keeping that list by hand.
 */
final class FactVocabulary {

    private static final List<String> SHARE = List.of(Usage.REDISTRIBUTES, Usage.HOSTED);

    private static final Map<String, List<String>> READS = new LinkedHashMap<>();

    static {
        READS.put("model", List.of(Usage.MODEL));
        READS.put("multimodal", List.of(Usage.MODEL));
        READS.put("accessMode", List.of(Usage.ACCESS_MODE));
        READS.put("accessModeOffered", List.of(Usage.MODEL, Usage.ACCESS_MODE));
        READS.put("accessModeIs", List.of(Usage.ACCESS_MODE));
        READS.put("licenseeType", List.of(Usage.LICENSEE_TYPE));
        READS.put("licenseeTypeIn", List.of(Usage.LICENSEE_TYPE));
        READS.put("country", List.of(Usage.COUNTRY));
        READS.put("domiciledInEu", List.of(Usage.COUNTRY));
        READS.put("euLicensee", List.of(Usage.COUNTRY));
        READS.put("offersAsHostedService", List.of(Usage.HOSTED));
        READS.put("finetunes", List.of(Usage.FINETUNES));
        READS.put("redistributesWeights", List.of(Usage.REDISTRIBUTES));
        READS.put("usesOutputsToTrainOtherModels", List.of(Usage.TRAINS_OTHERS));
        READS.put("monthlyActiveUsers", List.of(Usage.MAU));
        READS.put("monthlyActiveUsersAbove", List.of(Usage.MAU));
        READS.put("annualRevenueUsd", List.of(Usage.REVENUE));
        READS.put("annualRevenueAbove", List.of(Usage.REVENUE));
        READS.put("commercial", List.of(Usage.COMMERCIAL));
        READS.put("commercialUse", List.of(Usage.COMMERCIAL));
        READS.put("purposes", List.of(Usage.PURPOSES));
        READS.put("purposesIn", List.of(Usage.PURPOSES));
        READS.put("hasPurposeIn", List.of(Usage.PURPOSES));
        READS.put("StatedPurpose", List.of(Usage.PURPOSES));
        READS.put("derivativeName", List.of(Usage.DERIVATIVE_NAME));
        READS.put("derivativeNameStartsWith", List.of(Usage.DERIVATIVE_NAME));
        READS.put("distributesWeights", List.of(Usage.REDISTRIBUTES));
        READS.put("hostsForOthers", List.of(Usage.HOSTED));
        READS.put("sharesModel", SHARE);
        READS.put("makesAvailable", List.of(Usage.REDISTRIBUTES, Usage.HOSTED, Usage.PURPOSES));
        READS.put("modifiesModel", List.of(Usage.FINETUNES));
        READS.put("trainsOtherModelsOnOutputs", List.of(Usage.TRAINS_OTHERS));
        READS.put("sendsHealthData", List.of(Usage.HEALTH_DATA));
        READS.put("healthDataSent", List.of(Usage.HEALTH_DATA));
        READS.put("sendsPersonalData", List.of(Usage.PERSONAL_DATA));
        READS.put("includesLicenseCopy", List.of(Usage.LICENSE_COPY));
        READS.put("displaysAttribution", List.of(Usage.ATTRIBUTION));
        READS.put("passesUseRestrictionsDownstream", List.of(Usage.RESTRICTIONS_DOWNSTREAM));
        READS.put("statesModifications", List.of(Usage.STATES_MODIFICATIONS));
    }

    private static final Pattern WORD = Pattern.compile("\\b(" + String.join("|", READS.keySet()) + ")\\b");

    private FactVocabulary() {
    }

    /** The dotted paths of the facts that the rule text mentions, sorted. */
    static List<String> readBy(String ruleText) {
        Set<String> facts = new TreeSet<>();
        Matcher m = WORD.matcher(stripStrings(ruleText));
        while (m.find()) {
            facts.addAll(READS.get(m.group(1)));
        }
        return List.copyOf(facts);
    }

    /** Words inside reason and remedy texts are prose, not reads. Group names inside purposesIn(...) are kept out too. */
    private static String stripStrings(String text) {
        return text.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"");
    }
}
