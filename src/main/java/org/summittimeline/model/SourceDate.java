package org.summittimeline.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/**
 * When a source was published, as precisely as it is known: a year ("2019"), a month ("2019-07") or a day.
 * {@code month} and {@code day} are 0 when not known; a day is never known without its month.
 */
public record SourceDate(int year, int month, int day) {

    public SourceDate {
        if (month == 0 && day != 0) {
            throw new IllegalArgumentException("a day without its month");
        }
        if (day != 0) {
            LocalDate.of(year, month, day); // throws DateTimeException for 2018-02-30
        } else if (month != 0) {
            YearMonth.of(year, month);
        }
    }

    public static SourceDate of(LocalDate date) {
        return new SourceDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    public boolean hasMonth() {
        return month != 0;
    }

    public boolean hasDay() {
        return day != 0;
    }

    /** The ISO form the file writes: "2018-07-16", "2019-07" or "2019". */
    @Override
    public String toString() {
        if (!hasMonth()) {
            return String.format(Locale.ROOT, "%04d", year);
        }
        return hasDay() ? String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day)
                : String.format(Locale.ROOT, "%04d-%02d", year, month);
    }
}
