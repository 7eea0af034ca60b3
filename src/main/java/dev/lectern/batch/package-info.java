/**
 * Batch grading, a front-end beside the text UI: reads answer sheets (YAML, JSON Lines, CSV) one at a time,
 * grades them with the engine and writes reports (text, JSON, JSON Lines, a CSV gradebook) as it goes.
 */
package dev.lectern.batch;
