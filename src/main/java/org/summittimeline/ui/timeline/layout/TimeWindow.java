package org.summittimeline.ui.timeline.layout;

/**
 * The stretch of time the timeline shows, as a value others may keep and compare: the time at the left edge
 * (epoch seconds), the seconds each pixel stands for, and the lane area's width in pixels.
 */
public record TimeWindow(double start, double secondsPerPixel, double width) {

    public double end() {
        return start + width * secondsPerPixel;
    }

    public double xOf(double epochSecond) {
        return (epochSecond - start) / secondsPerPixel;
    }

    public double timeAt(double x) {
        return start + x * secondsPerPixel;
    }

    // Written out, not generated: the generated pair is linked through method handles the first time it runs, which
    // a start or a load paid for (StartPathBootstrapTest; PERFORMANCE.md, session 25).
    @Override
    public boolean equals(Object other) {
        return other instanceof TimeWindow w && Double.compare(start, w.start) == 0
                && Double.compare(secondsPerPixel, w.secondsPerPixel) == 0 && Double.compare(width, w.width) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Double.hashCode(start) + Double.hashCode(secondsPerPixel)) + Double.hashCode(width);
    }
}
