/**
 * The printed handout of a lesson: its steps with their times, quotes and citations ({@code Handout}), and the
 * same as a PDF page by page ({@code HandoutPdf}, Apache PDFBox). No JavaFX, so the command line writes a handout
 * without a display.
 */
package org.summittimeline.handout;
