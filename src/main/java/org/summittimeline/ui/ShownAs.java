package org.summittimeline.ui;

import java.util.function.Function;
import javafx.util.StringConverter;

/**
 * A choice list's converter that only shows its items: the lists are chosen from, never typed into, so nothing is
 * read back from text (a typed text gives no item).
 */
public final class ShownAs<T> extends StringConverter<T> {
    private final Function<T, String> label;

    private ShownAs(Function<T, String> label) {
        this.label = label;
    }

    /** Shows each item by {@code label}, and no item as nothing. */
    public static <T> ShownAs<T> of(Function<T, String> label) {
        return new ShownAs<>(label);
    }

    @Override
    public String toString(T item) {
        return item == null ? "" : label.apply(item);
    }

    @Override
    public T fromString(String text) {
        return null;
    }
}
