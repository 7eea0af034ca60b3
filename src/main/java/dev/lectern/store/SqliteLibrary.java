package dev.lectern.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

/**
 * The SQLite driver's native library, kept in the data folder once it is out of the jar. Left to itself, the driver
 * copies it (about 1 MB) to the temporary folder under a new name at every start, which took some 70 ms before a
 * history could be read, and left a copy behind whenever Lectern was killed.
 */
final class SqliteLibrary {
    private static final String PATH = "org.sqlite.lib.path";
    private static final String NAME = "org.sqlite.lib.name";

    private SqliteLibrary() {}

    /**
     * Points the driver at the library under {@code dataDir} (copying it there first if need be), unless it has
     * been pointed somewhere already. The driver reads these settings once per process, when it first loads; if
     * the library cannot be copied, it does as it always did.
     */
    static synchronized void use(Path dataDir) {
        if (System.getProperty(PATH) != null) {
            return;
        }
        Optional<Path> library = extract(dataDir);
        if (library.isPresent()) {
            System.setProperty(PATH, library.get().getParent().toString());
            System.setProperty(NAME, library.get().getFileName().toString());
        }
    }

    /**
     * The library for this system under {@code dataDir}, copied out of the jar if it is not there yet (written to
     * a temporary name and moved into place, so a half-written copy is never loaded); empty when it cannot be.
     * Its folder names the driver's version and the system, so an upgrade or another machine gets its own.
     */
    static Optional<Path> extract(Path dataDir) {
        String name = System.mapLibraryName("sqlitejdbc");
        Path dir = dataDir.resolve("native")
                .resolve("sqlite-" + SQLiteJDBCLoader.getVersion() + "-"
                        + System.getProperty("os.name", "os").replaceAll("\\W", "") + "-"
                        + System.getProperty("os.arch", "arch").replaceAll("\\W", ""));
        Path library = dir.resolve(name);
        String resource = "/org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + name;
        if (Files.isRegularFile(library) && sameAsInTheJar(library, resource)) {
            return Optional.of(library);
        }
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            Files.createDirectories(dir);
            Path part = Files.createTempFile(dir, name, ".part");
            try {
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                Files.move(part, library, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(part);
            }
            return Optional.of(library);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether the copy at {@code library} is whole: its size and CRC-32 are those the jar records for {@code
     * resource}. A copy cut short (a full disk, a crash of the machine) would crash the JVM with SIGBUS when
     * loaded, and was never copied again. The CRC of 1 MB takes under a millisecond; the jar's figures are read
     * from its directory, without unpacking anything. Where the jar cannot tell, the copy is trusted as before.
     */
    static boolean sameAsInTheJar(Path library, String resource) {
        try {
            URL url = SQLiteJDBCLoader.class.getResource(resource);
            if (url == null || !(url.openConnection() instanceof JarURLConnection jar)) {
                return true;
            }
            jar.setUseCaches(false);
            ZipEntry entry = jar.getJarEntry();
            if (entry.getSize() >= 0 && Files.size(library) != entry.getSize()) {
                return false;
            }
            if (entry.getCrc() < 0) {
                return true;
            }
            CRC32 crc = new CRC32();
            crc.update(ByteBuffer.wrap(Files.readAllBytes(library)));
            return crc.getValue() == entry.getCrc();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
