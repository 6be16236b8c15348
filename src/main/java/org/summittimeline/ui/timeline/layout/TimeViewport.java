package org.summittimeline.ui.timeline.layout;

/**
 * Which stretch of time the timeline shows across its width: the time at the left edge and the seconds each
 * pixel stands for. Zooming keeps the time under the pointer where it is. Plain Java, tested without a toolkit.
 */
public final class TimeViewport {
    /** The closest zoom: a tenth of a second per pixel. */
    static final double MIN_SECONDS_PER_PIXEL = 0.1;

    private double start;
    private double secondsPerPixel = 60;
    private double width = 1;
    private double maxSecondsPerPixel = 365 * 86_400.0;
    private Runnable onChange = () -> { };

    /** Called after every change, so that whoever draws the view knows to draw it again. */
    public void setOnChange(Runnable onChange) {
        this.onChange = onChange;
    }

    public double start() {
        return start;
    }

    public double secondsPerPixel() {
        return secondsPerPixel;
    }

    public double width() {
        return width;
    }

    public double end() {
        return start + width * secondsPerPixel;
    }

    public void setWidth(double width) {
        double w = Math.max(1, width);
        if (w != this.width) {
            this.width = w;
            onChange.run();
        }
    }

    /** The view as it is now, as a value. */
    public TimeWindow window() {
        return new TimeWindow(start, secondsPerPixel, width);
    }

    public double xOf(double epochSecond) {
        return (epochSecond - start) / secondsPerPixel;
    }

    public double timeAt(double x) {
        return start + x * secondsPerPixel;
    }

    /** Zooms by {@code factor} (below 1 zooms in) so that the time at {@code x} stays at {@code x}. */
    public void zoomAround(double x, double factor) {
        double anchor = timeAt(x);
        secondsPerPixel = clamp(secondsPerPixel * factor);
        start = anchor - x * secondsPerPixel;
        onChange.run();
    }

    public void pan(double pixels) {
        start -= pixels * secondsPerPixel;
        onChange.run();
    }

    /** Shows [first, last] across the width with a margin, and allows zooming out to ten times that. */
    public void fit(double first, double last) {
        double span = Math.max(60, last - first);
        maxSecondsPerPixel = Math.max(MIN_SECONDS_PER_PIXEL, span * 10 / width);
        secondsPerPixel = clamp(span * 1.1 / width);
        start = first - span * 0.05;
        onChange.run();
    }

    /** Pans, without zooming, so that [from, to] is in view; centres it when it does not fit. */
    public void reveal(double from, double to) {
        double margin = width * 0.05 * secondsPerPixel;
        if (from >= start + margin && to <= end() - margin) {
            return;
        }
        double middle = (from + to) / 2;
        start = middle - width * secondsPerPixel / 2;
        onChange.run();
    }

    /** Sets the time at the left edge and the zoom at once (the zoom held within its limits). */
    public void setView(double newStart, double newSecondsPerPixel) {
        secondsPerPixel = clamp(newSecondsPerPixel);
        start = newStart;
        onChange.run();
    }

    /** Zooms to show [from, to] with a margin. */
    public void show(double from, double to) {
        double span = Math.max(60, to - from);
        secondsPerPixel = clamp(span * 1.2 / width);
        start = (from + to) / 2 - width * secondsPerPixel / 2;
        onChange.run();
    }

    private double clamp(double spp) {
        return Math.max(MIN_SECONDS_PER_PIXEL, Math.min(maxSecondsPerPixel, spp));
    }
}
