package org.summittimeline.export;

/**
 * Who wrote a source and where it was read, from its publisher as the timeline names it. A wire report read in
 * a paper that reprinted it is named "Associated Press via Newsday": the agency wrote it and stands as its author
 * in a reference, the paper is where it appeared. Reference managers had "Associated Press via Newsday" as the
 * author's name.
 *
 * @param agency the agency before " via ", or null when the publisher names one house
 * @param outlet where the source appeared: the part after " via ", or the whole publisher
 */
record Publication(String agency, String outlet) {
    private static final String VIA = " via ";

    static Publication of(String publisher) {
        int via = publisher.indexOf(VIA);
        if (via <= 0 || via + VIA.length() >= publisher.length()) {
            return new Publication(null, publisher);
        }
        return new Publication(publisher.substring(0, via).strip(), publisher.substring(via + VIA.length()).strip());
    }

    /** The name a reference leads with when the source has no title: the agency, or else the one house. */
    String author() {
        return agency == null ? outlet : agency;
    }
}
