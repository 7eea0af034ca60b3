package dev.lectern.planted.engine;

/** Planted for LayeringTest: a pure-core class using JDBC by its fully qualified name, with no import line. */
public final class GradesFromADatabase {
    private GradesFromADatabase() {}

    public static Object connect(String url) throws Exception {
        return java.sql.DriverManager.getConnection(url);
    }
}
