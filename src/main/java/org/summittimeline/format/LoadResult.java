package org.summittimeline.format;

import java.util.List;
import java.util.Objects;
import org.summittimeline.model.Timeline;

/**
 * What loading a file gives: the timeline when it has no errors, and every problem found, in file order.
 */
public record LoadResult(String fileName, Timeline timeline, List<Problem> problems) {

    public LoadResult {
        problems = List.copyOf(problems);
        if (problems.stream().anyMatch(Problem::isError)) {
            timeline = null;
        }
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    // Written out, not generated: the generated pair is linked through method handles the first time it runs, which
    // a start or a load paid for (StartPathBootstrapTest; PERFORMANCE.md, session 25).
    @Override
    public boolean equals(Object other) {
        return other instanceof LoadResult r && Objects.equals(fileName, r.fileName)
                && Objects.equals(timeline, r.timeline) && problems.equals(r.problems);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Objects.hashCode(fileName) + Objects.hashCode(timeline)) + problems.hashCode();
    }
}
