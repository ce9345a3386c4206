package ai.licensing.api;

/** A request error whose answer is already a problem document (ProblemMappers sends it as it is). */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
