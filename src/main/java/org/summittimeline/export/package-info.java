/**
 * Getting findings out of the viewer: the timeline as an image (PNG, SVG) drawn without a window, events as CSV,
 * citations in real citation styles (citeproc-java with the CSL project's style files) and the sources as
 * reference-manager files (CSL-JSON, BibTeX, RIS). No JavaFX: the command line uses all of it without a display.
 */
package org.summittimeline.export;
