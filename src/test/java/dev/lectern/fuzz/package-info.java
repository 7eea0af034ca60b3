/**
 * Coverage-guided fuzz tests (Jazzer) of every reader of outside input. Each asserts that a reader, given any
 * bytes, returns a result or positioned problems and never throws. In {@code mvn verify} they replay their seed
 * corpora ({@code src/test/resources/dev/lectern/fuzz/<Class>Inputs/<method>/}) as regression tests; {@code
 * bench/fuzz.sh} fuzzes each for a set time, and every crash found becomes a corpus file and a fix.
 */
package dev.lectern.fuzz;
