package ai.licensing.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * What a model trained on this model's outputs is (contract §6.1 {@code modification.trainedModelKind}): licenses
 * that forbid improving "other large language models" or "competing models" draw the line by this kind.
 */
public enum TrainedModelKind implements Vocabulary {
    /** A derivative of this model or its family. */
    SAME_FAMILY,
    /** Another large language model. */
    LLM,
    /** A classifier, embedding or other non-generative model. */
    CLASSIFIER,
    /** An image, audio or other generative model. */
    OTHER_GENERATIVE;

    private final String id = Vocabulary.idOf(this);

    @Override
    public String id() {
        return id;
    }

    @JsonCreator
    public static TrainedModelKind of(String id) {
        return Vocabulary.parse(TrainedModelKind.class, id);
    }
}
