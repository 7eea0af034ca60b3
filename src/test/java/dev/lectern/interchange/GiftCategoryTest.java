package dev.lectern.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GiftCategoryTest {
    @Test
    void lastPart_namesTheInnermostCategory() {
        assertEquals("Unit 1", GiftImporter.lastPart("$course$/top/Default for X/Unit 1"));
    }

    @Test
    void lastPart_readsADoubleSlashAsASlashInTheName() {
        assertEquals("Either/or", GiftImporter.lastPart("$course$/top/Either//or"));
    }

    @Test
    void lastPart_ignoresATrailingSlash() {
        assertEquals("Unit 1", GiftImporter.lastPart("$course$/top/Unit 1/"));
    }
}
