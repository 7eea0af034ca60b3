/**
 * Reading the exports form tools and course platforms write (Google Forms, Microsoft Forms, Moodle's Responses
 * report, Canvas's Student Analysis, a spreadsheet's CSV): which column answers which question
 * ({@link ColumnMatcher}, giving a {@link ColumnPlan}), and how each tool writes an answer in a cell
 * ({@link CellDecoder}), so the batch reader hands the engine answers as a learner would type them.
 * No I/O: the model and the loader's "did you mean" only; the CSV itself is read by
 * {@code dev.lectern.batch}.
 */
package dev.lectern.batch.forms;
