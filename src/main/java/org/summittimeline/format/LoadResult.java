package org.summittimeline.format;

import java.util.List;
import java.util.Objects;
import org.summittimeline.model.Timeline;

/**
 * What loading a file gives: the timeline when it has no errors, and every problem found, in file order;
 * {@code readStopped} when a syntax error ended the reading, so that mistakes after it are not yet known.
 */
public record LoadResult(String fileName, Timeline timeline, List<Problem> problems, boolean readStopped) {

    public LoadResult {
        problems = List.copyOf(problems);
        if (problems.stream().anyMatch(Problem::isError)) {
            timeline = null;
        }
    }

    public LoadResult(String fileName, Timeline timeline, List<Problem> problems) {
        this(fileName, timeline, problems, false);
    }

    /** The same result, told that the reading stopped at its last problem. */
    LoadResult stoppedReading() {
        return new LoadResult(fileName, timeline, problems, true);
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
                && Objects.equals(timeline, r.timeline) && problems.equals(r.problems) && readStopped == r.readStopped;
    }

    @Override
    public int hashCode() {
        return 2 * (31 * (31 * Objects.hashCode(fileName) + Objects.hashCode(timeline)) + problems.hashCode())
                + (readStopped ? 1 : 0);
    }
}
