/**
 * Reading and checking timeline files: a strict Gson streaming reader that keeps every value's line and
 * column, a binder that turns the document into the model while collecting every problem it finds, and the
 * resolution of relative times. No JavaFX here.
 */
package org.summittimeline.format;
