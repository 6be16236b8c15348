package org.summittimeline.ui.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The type the canvas draws in at the view's text size, and everything that measures or draws in it: a new size
 * reaches them all at once, so that no part measures in one size and draws in another.
 */
final class CanvasTypes {
    private CanvasType type = CanvasType.DESIGNED;
    private final List<Consumer<CanvasType>> users = new ArrayList<>();

    CanvasType current() {
        return type;
    }

    /** {@code user} is given every new type from now on. */
    void use(Consumer<CanvasType> user) {
        users.add(user);
    }

    /**
     * Takes the text size {@code wanted}, held to the layout engine's range so that the fonts and the rows always
     * agree; false when it is the size drawn already.
     */
    boolean take(double wanted) {
        double scale = Math.max(0.5, Math.min(4, wanted));
        if (scale == type.scale()) {
            return false;
        }
        type = CanvasType.at(scale);
        for (Consumer<CanvasType> user : users) {
            user.accept(type);
        }
        return true;
    }
}
