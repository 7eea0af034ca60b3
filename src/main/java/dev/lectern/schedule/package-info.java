/**
 * The spaced-repetition schedule: Leitner's boxes, which decide when a question comes back for review. Pure: days
 * and answers are passed in, nothing is read from a clock; {@code java.*} only.
 */
package dev.lectern.schedule;
