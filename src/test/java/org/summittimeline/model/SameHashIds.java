package org.summittimeline.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Ids that all share one {@link String#hashCode}, for tables that keep hashes: "Aa" and "BB" hash alike, so every
 * id of nine such pairs has the same hash. Only those ending in "Aa" are made, so {@link #ABSENT} (ending in "BB")
 * has their hash and is not among them.
 */
public final class SameHashIds {
    public static final String ABSENT = "AaAaAaAaAaAaAaAaBB";

    private SameHashIds() {
    }

    public static List<String> endingInAa() {
        List<String> ids = new ArrayList<>();
        for (int bits = 0; bits < 1 << 8; bits++) {
            StringBuilder id = new StringBuilder();
            for (int b = 0; b < 8; b++) {
                id.append((bits >> b & 1) == 0 ? "Aa" : "BB");
            }
            ids.add(id.append("Aa").toString());
        }
        return ids;
    }
}
