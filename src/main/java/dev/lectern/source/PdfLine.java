package dev.lectern.source;

/** A line of text on a PDF page: where it starts ({@code x}), its baseline from the top ({@code y}), its height. */
record PdfLine(String text, float x, float y, float height, boolean startsParagraph) {}
