/**
 * Question sets in and out of course platforms (GIFT, Moodle XML, QTI, Aiken): each format an {@link
 * dev.lectern.interchange.Exporter} that writes a loaded set and an {@link dev.lectern.interchange.Importer} that
 * reads a platform's file into model questions with their positions, found through {@link
 * dev.lectern.interchange.Formats}. Never throws on bad input: problems are values with positions. YAML is
 * written by {@link dev.lectern.load.SetYamlWriter}, not here.
 */
package dev.lectern.interchange;
