package org.summittimeline.fuzz;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.io.PrintWriter;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * Runs one fuzz test outside Maven, e.g. at low priority on a copy of the compiled classes while the build goes
 * on: {@code JAZZER_FUZZ=1 nice -n 19 java -cp ... org.summittimeline.fuzz.FuzzRunner
 * org.summittimeline.fuzz.LoaderFuzzTest#anyBytes}. Jazzer reads its options (max_duration, keep_going) from
 * system properties {@code jazzer.*}; {@code -Dfuzz.timeout="12 h"} raises the test's own limit (6 h) for longer runs.
 */
public final class FuzzRunner {
    private FuzzRunner() {
    }

    public static void main(String[] args) {
        // junit-platform.properties gives every test 120 s; a fuzzing run lasts as long as max_duration says.
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectMethod(args[0]))
                .configurationParameter("junit.jupiter.execution.timeout.testtemplate.method.default",
                        System.getProperty("fuzz.timeout", "6 h"))
                .build();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        LauncherFactory.create().execute(request, summary);
        summary.getSummary().printTo(new PrintWriter(System.out, true));
        summary.getSummary().printFailuresTo(new PrintWriter(System.out, true), 40);
        System.exit(summary.getSummary().getTotalFailureCount() == 0 ? 0 : 1);
    }
}
