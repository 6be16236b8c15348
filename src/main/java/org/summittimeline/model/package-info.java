/**
 * The immutable timeline: events, quotes, speakers, sources and uncertain times. Plain Java records, but for
 * {@link org.summittimeline.model.Event}, {@link org.summittimeline.model.Quote} and
 * {@link org.summittimeline.model.Timeline}, immutable values written out by hand (an event keeps a plain time as a
 * number, and events and quotes keep their texts as bytes: see their comments); no JSON and no JavaFX, so every
 * other layer can rely on it and it is tested without a toolkit.
 */
package org.summittimeline.model;
