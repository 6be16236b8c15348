package org.summittimeline.export;

/** The files reference managers (Zotero, JabRef, EndNote) import a list of sources from. */
public enum ReferenceFormat {
    CSL_JSON("CSL-JSON", "json"),
    BIBTEX("BibTeX", "bib"),
    RIS("RIS", "ris");

    private final String label;
    private final String extension;

    ReferenceFormat(String label, String extension) {
        this.label = label;
        this.extension = extension;
    }

    public String label() {
        return label;
    }

    /** The file name's ending, without the dot. */
    public String extension() {
        return extension;
    }
}
