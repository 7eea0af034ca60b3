/**
 * Questions proposed from an article: {@code lectern new}'s starter set (an example of every type) and {@code lectern
 * draft}'s candidates (numbers, names and claims found in the text), each with its evidence and a comment naming
 * its sentence, as model values for the set writer. No network and no model download: names may be cross-checked
 * with a part-of-speech tagger that ships as a library ({@link ProperNouns}).
 */
package dev.lectern.draft;
