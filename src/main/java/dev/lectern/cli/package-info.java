/** Command-line wiring: thin picocli commands that validate their arguments, call the loader and print results. */
package dev.lectern.cli;
