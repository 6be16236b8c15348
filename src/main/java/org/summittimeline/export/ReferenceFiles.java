package org.summittimeline.export;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import de.undercouch.citeproc.helper.json.StringJsonBuilderFactory;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXFormatter;
import org.jbibtex.Key;
import org.jbibtex.KeyValue;
import org.jbibtex.StringValue;
import org.summittimeline.format.SafeWrite;
import org.summittimeline.model.Source;
import org.summittimeline.model.SourceDate;

/**
 * A timeline's sources as a reference manager imports them: CSL-JSON (the items the citation styles read),
 * BibTeX (for JabRef and LaTeX) and RIS (for Zotero, EndNote, Mendeley). Each source with an address carries the
 * access date the reader gives, since the timeline format keeps none.
 */
public final class ReferenceFiles {
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
        "nov", "dec"};

    private ReferenceFiles() {
    }

    /** Writes the sources to {@code target} through {@link SafeWrite}: never over {@code openFile}; all or nothing. */
    public static void export(ReferenceFormat format, List<Source> sources, LocalDate accessed, Path target,
                              Path openFile) throws IOException {
        SafeWrite.to(target, openFile, out -> write(format, sources, accessed, out));
    }

    public static void write(ReferenceFormat format, List<Source> sources, LocalDate accessed, Writer out)
            throws IOException {
        switch (format) {
            case CSL_JSON -> cslJson(sources, accessed, out);
            case BIBTEX -> bibtex(sources, accessed, out);
            case RIS -> ris(sources, accessed, out);
            default -> throw new IllegalArgumentException(format.name());
        }
        out.flush();
    }

    static void cslJson(List<Source> sources, LocalDate accessed, Writer out) {
        // citeproc-java writes each item as CSL-JSON text (its own writer knows "article-newspaper" from the
        // enum); Gson lays them out readably.
        JsonArray items = new JsonArray();
        StringJsonBuilderFactory json = new StringJsonBuilderFactory();
        for (Source s : sources) {
            items.add(JsonParser.parseString((String) SourceItems.of(s, accessed).toJson(json.createJsonBuilder())));
        }
        new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(items, out);
    }

    static void bibtex(List<Source> sources, LocalDate accessed, Writer out) throws IOException {
        BibTeXDatabase database = new BibTeXDatabase();
        Set<String> keys = new HashSet<>();
        for (Source s : sources) {
            BibTeXEntry entry = new BibTeXEntry(BibTeXEntry.TYPE_MISC, new Key(bibKey(s.id(), keys)));
            Publication from = Publication.of(s.publisher());
            if (s.title() != null) {
                entry.addField(BibTeXEntry.KEY_TITLE, new StringValue(capitalsKept(latex(s.title())),
                        StringValue.Style.BRACED));
            }
            if (s.title() != null || from.agency() != null) {
                entry.addField(BibTeXEntry.KEY_HOWPUBLISHED, braced(from.outlet()));
            }
            if (s.title() == null || from.agency() != null) {
                // An organisation as author in double braces, so that BibTeX does not split it into names.
                entry.addField(BibTeXEntry.KEY_AUTHOR, new StringValue("{" + latex(from.author()) + "}",
                        StringValue.Style.BRACED));
            }
            entry.addField(BibTeXEntry.KEY_PUBLISHER, braced(from.outlet()));
            SourceDate date = s.date();
            if (date != null) {
                entry.addField(BibTeXEntry.KEY_YEAR, braced(Integer.toString(date.year())));
                if (date.hasMonth()) {
                    // The month as BibTeX's own macro (jul), which every style prints in its language.
                    entry.addField(BibTeXEntry.KEY_MONTH, new KeyValue(MONTHS[date.month() - 1]));
                }
                entry.addField(new Key("date"), braced(date.toString()));
            }
            if (s.url() != null) {
                // Verbatim, as biblatex, the url package and JabRef read the field: "\\%" broke every address with
                // an escaped letter (".../Niinist\\%C3\\%B6n..."). Only braces, which would end the field, are written
                // as the address's own escapes, which mean the same.
                entry.addField(BibTeXEntry.KEY_URL, new StringValue(s.url().replace("{", "%7B").replace("}", "%7D"),
                        StringValue.Style.BRACED));
                if (accessed != null) {
                    entry.addField(new Key("urldate"), braced(accessed.toString()));
                }
            }
            database.addObject(entry);
        }
        new BibTeXFormatter().format(database, out);
    }

    private static StringValue braced(String text) {
        return new StringValue(latex(text), StringValue.Style.BRACED);
    }

    /**
     * Each word with a capital in braces, as JabRef protects them: the styles that set a title in sentence case
     * (plain, abbrv) lowercase every letter not in braces, and "Trump-Putin summit" came out "Trump-putin summit".
     * A command's name (after a backslash) has no capitals, so it is never split from its backslash.
     */
    static String capitalsKept(String latex) {
        return latex.replaceAll("(?<![\\\\\\p{L}\\p{N}])([\\p{L}\\p{N}]*\\p{Lu}[\\p{L}\\p{N}]*)", "{$1}");
    }

    /** Text as BibTeX reads it: the characters TeX treats as commands escaped; letters beyond ASCII stay UTF-8. */
    static String latex(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '&', '%', '$', '#', '_' -> out.append('\\').append(c);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A key BibTeX accepts (no spaces, commas, braces or quotes), unique in the file. */
    static String bibKey(String id, Set<String> taken) {
        String key = id.replaceAll("[^A-Za-z0-9:._/+-]", "-");
        if (key.isEmpty() || !Character.isLetter(key.charAt(0))) {
            key = "source-" + key;
        }
        String unique = key;
        for (int n = 2; !taken.add(unique.toLowerCase(Locale.ROOT)); n++) {
            unique = key + "-" + n;
        }
        return unique;
    }

    static void ris(List<Source> sources, LocalDate accessed, Writer out) throws IOException {
        for (Source s : sources) {
            // RIS is a line per field, "TAG  - value", CRLF as the format's specification has it.
            risLine(out, "TY", "NEWS");
            risLine(out, "ID", s.id());
            Publication from = Publication.of(s.publisher());
            if (s.title() == null || from.agency() != null) {
                risLine(out, "AU", from.author());
            }
            if (s.title() != null) {
                risLine(out, "TI", s.title());
            }
            if (s.title() != null || from.agency() != null) {
                risLine(out, "T2", from.outlet());
            }
            risLine(out, "PB", from.outlet());
            SourceDate date = s.date();
            if (date != null) {
                risLine(out, "PY", Integer.toString(date.year()));
                risLine(out, "DA", String.format(Locale.ROOT, "%04d/%s/%s/", date.year(),
                        date.hasMonth() ? String.format(Locale.ROOT, "%02d", date.month()) : "",
                        date.hasDay() ? String.format(Locale.ROOT, "%02d", date.day()) : ""));
            }
            if (s.url() != null) {
                risLine(out, "UR", s.url());
                if (accessed != null) {
                    risLine(out, "Y2", String.format(Locale.ROOT, "%04d/%02d/%02d", accessed.getYear(),
                            accessed.getMonthValue(), accessed.getDayOfMonth()));
                }
            }
            out.write("ER  - \r\n");
        }
    }

    private static void risLine(Writer out, String tag, String value) throws IOException {
        // A line break inside a value would end the field early: RIS has no way to continue one.
        out.write(tag + "  - " + value.replaceAll("[\\r\\n]+", " ") + "\r\n");
    }
}
