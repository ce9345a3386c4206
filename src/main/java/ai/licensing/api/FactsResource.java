package ai.licensing.api;

import ai.licensing.model.Fact;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Arrays;
import java.util.List;

/** The fact registry: every profile fact with its type, meaning, allowed values and whether the licensee controls it. */
@Path("/v1/facts")
@Produces(MediaType.APPLICATION_JSON)
public class FactsResource {

    /**
     * @param type       boolean, integer, string, date, enum, enum-list, country, country-list or string-list
     * @param values     the allowed ids of enum and enum-list facts
     * @param controlled true for what the licensee does, promises or shares; false for who it is
     * @param question   the fact asked of a person, as the web page asks it
     */
    public record FactView(String path, String type, String meaning, List<String> values, boolean controlled, String question) {

        static FactView of(Fact fact) {
            return new FactView(fact.path(), fact.type().id(), fact.meaning(), fact.allowedValues(), fact.controlled(), fact.question());
        }
    }

    private static final List<FactView> FACTS = Arrays.stream(Fact.values()).map(FactView::of).toList();

    @GET
    public List<FactView> facts() {
        return FACTS;
    }
}
