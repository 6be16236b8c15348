/**
 * Questions asked of a loaded timeline: which quotes belong to an event, how a time or a citation reads in a
 * given time zone. Pure Java, so it is tested without a toolkit and reused by every view.
 */
package org.summittimeline.query;
