/** Articles: paragraphs, sentences and passages of plain-text articles; pure, no I/O. */
package dev.lectern.article;
