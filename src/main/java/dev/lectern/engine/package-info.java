/** The grading engine: matching answers, grading every question kind, and quiz sessions; pure, no I/O. */
package dev.lectern.engine;
