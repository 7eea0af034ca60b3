/**
 * Article sources at the edge: turns what a teacher has (an HTML page, saved or fetched over HTTP, Markdown, plain
 * text, a PDF) into paragraphs in Lectern's layout, with an account of what was dropped and notes for the teacher.
 * The only package that imports jsoup, commonmark-java and PDFBox; it hands plain values ({@link
 * dev.lectern.source.ArticleText}, {@link dev.lectern.source.Refusal}) to the commands.
 */
package dev.lectern.source;
