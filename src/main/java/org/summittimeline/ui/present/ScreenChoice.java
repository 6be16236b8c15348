package org.summittimeline.ui.present;

import java.util.List;
import javafx.geometry.Rectangle2D;

/**
 * Which screen the class sees and which the teacher sees. With one screen both are the same. With several,
 * the audience gets the largest screen other than the primary one (the projector), the presenter the primary
 * (the laptop); swapping exchanges them.
 */
public record ScreenChoice(int audience, int presenter) {

    public static ScreenChoice choose(List<Rectangle2D> screens, int primary) {
        if (screens.size() < 2) {
            return new ScreenChoice(0, 0);
        }
        int best = -1;
        double bestArea = -1;
        for (int i = 0; i < screens.size(); i++) {
            double area = screens.get(i).getWidth() * screens.get(i).getHeight();
            if (i != primary && area > bestArea) {
                best = i;
                bestArea = area;
            }
        }
        return new ScreenChoice(best, primary);
    }

    public boolean hasTwoScreens() {
        return audience != presenter;
    }

    public ScreenChoice swapped() {
        return new ScreenChoice(presenter, audience);
    }
}
