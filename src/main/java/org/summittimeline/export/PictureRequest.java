package org.summittimeline.export;

import java.time.ZoneId;
import java.util.function.IntPredicate;
import org.summittimeline.ui.timeline.layout.LaneMode;

/**
 * What a picture of the timeline shows: the lanes, which events (null: all, else the filters' choice by
 * time-order position), the stretch of time [from, to] in epoch seconds, the width in pixels at 1×, the scale
 * (2 for a sharp image on a high-density screen or in print), the colours and the zone the axis reads in.
 */
public record PictureRequest(LaneMode lanes, IntPredicate shown, double from, double to, int width, double scale,
                             ImageTheme theme, ZoneId zone) {
    public static final int MIN_WIDTH = 480;
    public static final int MAX_WIDTH = 8000;

    public PictureRequest {
        if (!(to > from)) {
            throw new IllegalArgumentException("the time range must end after it starts");
        }
        if (width < MIN_WIDTH || width > MAX_WIDTH) {
            throw new IllegalArgumentException("the width must be from " + MIN_WIDTH + " to " + MAX_WIDTH + " pixels");
        }
        if (scale != 1 && scale != 2) {
            throw new IllegalArgumentException("the scale is 1 or 2");
        }
    }
}
