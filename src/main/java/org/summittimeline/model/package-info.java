/**
 * The immutable timeline: events, quotes, speakers, sources and uncertain times. Plain Java records;
 * no JSON and no JavaFX, so every other layer can rely on it and it is tested without a toolkit.
 */
package org.summittimeline.model;
