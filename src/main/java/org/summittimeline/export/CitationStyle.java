package org.summittimeline.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;
import java.util.regex.Pattern;

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
     * change is made here, to each month-and-day pair the styles write in that order (APA's one, Chicago's two),
     * whatever the line breaks between its parts.
     */
    String xml(String localeTag) {
        String xml = xml();
        if (!localeTag.startsWith("de")) {
            return xml;
        }
        String turned = dayFirst(xml);
        if (turned.equals(xml) && xml.contains("<date-part name=\"month\"/>")) {
            LOG.warning(() -> "citation style " + file + ": no month-and-day pair to turn round for German dates");
        }
        return turned;
    }

    /** {@code xml} with each month-then-day pair of date parts turned round to the day, a full stop, the month. */
    static String dayFirst(String xml) {
        return MONTH_DAY.matcher(xml).replaceAll(DAY_MONTH);
    }

    private static final Logger LOG = Logger.getLogger(CitationStyle.class.getName());
    private static final Pattern MONTH_DAY = Pattern.compile(
            "<date-part name=\"month\"/>(\\s*)<date-part name=\"day\" prefix=\" \"/>");
    private static final String DAY_MONTH = "<date-part name=\"day\" suffix=\". \"/>$1<date-part name=\"month\"/>";

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
