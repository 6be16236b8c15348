package org.summittimeline.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The citation styles offered, each a CSL file of the CSL project kept unchanged in our resources. */
public enum CitationStyle {
    APA("apa.csl", "APA (7th edition)"),
    CHICAGO("chicago-author-date.csl", "Chicago (author-date)"),
    MLA("modern-language-association.csl", "MLA (9th edition)");

    private final String file;
    private final String label;

    CitationStyle(String file, String label) {
        this.file = file;
        this.label = label;
    }

    /** The style's name in English, for messages outside the window (which names it in its own language). */
    public String label() {
        return label;
    }

    /** The CSL style's XML. */
    String xml() {
        return resource(file);
    }

    /**
     * The style's XML for citations written in {@code localeTag}. In German the day comes before its month, as
     * German writes a date ("18. Juli"): the styles name month and day in the English order whatever the locale, and
     * APA's German reference had read "(2018, Juli 18)". The style files stay as the CSL project has them; the
     * change is made here, to the one pair of date parts the styles write in that order.
     */
    String xml(String localeTag) {
        String xml = xml();
        return localeTag.startsWith("de") ? xml.replace(MONTH_DAY, DAY_MONTH) : xml;
    }

    private static final String MONTH_DAY = "<date-part name=\"month\"/>\n      <date-part name=\"day\" prefix=\" \"/>";
    private static final String DAY_MONTH = "<date-part name=\"day\" suffix=\". \"/>\n      <date-part name=\"month\"/>";

    /**
     * The CSL locale file for {@code tag} ("de-DE"): English from our copy beside the styles, any other from the
     * CSL project's locales on the class path.
     */
    static String locale(String tag) {
        if (tag.equals("en-US")) {
            return resource("locales-en-US.xml");
        }
        try (InputStream in = CitationStyle.class.getResourceAsStream("/locales-" + tag + ".xml")) {
            if (in == null) {
                throw new IllegalStateException("the program is missing the citation locale locales-" + tag + ".xml");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String resource(String name) {
        try (InputStream in = CitationStyle.class.getResourceAsStream("csl/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the program is missing its citation file csl/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
