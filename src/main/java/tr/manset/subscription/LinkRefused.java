package tr.manset.subscription;

/** A subscription link that does not work: forged, used before, or expired. */
class LinkRefused extends RuntimeException {

    private final LinkProblem problem;

    LinkRefused(LinkProblem problem) {
        super(problem.name(), null, false, false);
        this.problem = problem;
    }

    LinkProblem problem() {
        return problem;
    }
}
