package org.summittimeline.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The TimelineJS spreadsheet importer: any bytes read as a CSV file, the way a reader opens a sheet exported from
 * Google Sheets. The last byte of the input chooses how the file is recognised: by its name ending in .csv, or by
 * TimelineJS's header row put before the bytes (in a .csv file, or in a .txt file that only the header marks as a
 * sheet). Seeds are the sheets under src/test/resources/timelinejs. Same invariant as {@link LoaderFuzzTest}.
 */
class SheetFuzzTest {
    static final String HEADER = "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,"
            + "Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\n";

    @FuzzTest(maxDuration = "2m")
    void anyCsv(FuzzedDataProvider data) {
        int way = data.consumeInt(0, 2);
        byte[] rows = data.consumeRemainingAsBytes();
        if (way == 0) {
            LoadInvariant.checkBytes(rows, ".csv");
            return;
        }
        ByteArrayOutputStream sheet = new ByteArrayOutputStream();
        sheet.writeBytes(HEADER.getBytes(StandardCharsets.UTF_8));
        sheet.writeBytes(rows);
        LoadInvariant.checkBytes(sheet.toByteArray(), way == 1 ? ".csv" : ".txt");
    }
}
