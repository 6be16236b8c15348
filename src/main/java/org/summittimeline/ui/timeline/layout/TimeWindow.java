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
}
