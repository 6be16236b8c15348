package org.summittimeline.model;

import java.time.LocalDate;

/** A publication that events and quotes cite: a news report, a transcript, a video. */
public record Source(String id, String publisher, String title, LocalDate date, String url) {
}
