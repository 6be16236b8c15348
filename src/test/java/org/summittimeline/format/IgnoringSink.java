package org.summittimeline.format;

/** A sink that takes every call of the reader and does nothing with it; tests override what they watch. */
class IgnoringSink implements JsonTreeReader.Sink {
    @Override
    public void documentStart(int line, int column) {
    }

    @Override
    public void notAnObject(JsonNode root) {
    }

    @Override
    public void field(JsonNode.Member field) {
    }

    @Override
    public void listStart(JsonNode.Member field) {
    }

    @Override
    public void listItem(String field, int index, JsonNode item) {
    }
}
