/**
 * Command-line wiring: thin picocli commands that validate their options in one place ({@link
 * dev.lectern.cli.ValidatedCommand}: validate, then execute; a usage error is a picocli ParameterException, printed
 * by {@code Main.usageError}), call the loader and print results. Options shared by several commands are one
 * mixin each ({@code BatchOptions}, {@code DataDirOption}, {@code TextUiOptions}).
 */
package dev.lectern.cli;
