package dev.lectern.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The cells OWASP names as formula starters (issue 17): {@code = + - @}, and a tab or a carriage return, which some
 * spreadsheets skip before reading the formula after them. Sheet readers trim names, so only the writer's own rule
 * can be seen to hold for the last two.
 */
class CsvCellsTest {
    @Test
    void aCellStartingWithAnyFormulaCharacter_getsAnApostrophe() {
        for (String cell : new String[] {"=1+1", "+1", "-1", "@SUM(1)", "\t=1+1", "\r=1+1"}) {
            assertThat(CsvReport.safeCell(cell)).as(cell).isEqualTo("'" + cell);
        }
    }

    @Test
    void otherCells_areLeftAsTheyAre() {
        for (String cell : new String[] {"", "ann", "a=1", "1+1", " =1", "'=1"}) {
            assertThat(CsvReport.safeCell(cell)).as(cell).isEqualTo(cell);
        }
    }
}
