/** The Lanterna text UI: screens that draw the engine's state and turn keys into engine calls; no grading here. */
package dev.lectern.tui;
