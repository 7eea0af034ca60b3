/**
 * Moodle XML at the edge: {@link dev.lectern.interchange.moodle.MoodleXmlExporter} writes a set as a Moodle question
 * bank file and {@link dev.lectern.interchange.moodle.MoodleXmlImporter} reads one into model questions, following
 * Moodle's own {@code question/format/xml/format.php}; the embedded-answers (cloze) syntax lives in
 * {@link dev.lectern.interchange.moodle.EmbeddedAnswers}.
 */
package dev.lectern.interchange.moodle;
