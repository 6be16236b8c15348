package org.summittimeline.format;

import java.util.List;
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
}
