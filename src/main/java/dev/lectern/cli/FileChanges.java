package dev.lectern.cli;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Saves of question files and articles ({@code .yaml}, {@code .yml}, {@code .txt}) in some folders, seen through the
 * JDK's {@link WatchService}. An editor's save is often several events (a temporary file, a rename, a write): they
 * are taken as one change once the folder has been quiet for {@value #QUIET_MS} ms.
 */
final class FileChanges implements CheckCommand.Changes {
    private static final long QUIET_MS = 150;

    private final WatchService service;

    private FileChanges(WatchService service) {
        this.service = service;
    }

    /** Watches the folders of {@code paths} (a file's folder; a folder and every folder below it). */
    static FileChanges watching(List<Path> paths) throws IOException {
        Set<Path> dirs = new LinkedHashSet<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isDirectory).forEach(dirs::add);
                }
            } else if (path.toAbsolutePath().getParent() != null) {
                dirs.add(path.toAbsolutePath().getParent());
            }
        }
        WatchService service = FileSystems.getDefault().newWatchService();
        for (Path dir : dirs) {
            dir.register(
                    service,
                    StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
        }
        return new FileChanges(service);
    }

    @Override
    public boolean await() throws InterruptedException {
        while (true) {
            boolean relevant = relevant(service.take());
            for (WatchKey more = service.poll(QUIET_MS, TimeUnit.MILLISECONDS);
                    more != null;
                    more = service.poll(QUIET_MS, TimeUnit.MILLISECONDS)) {
                relevant |= relevant(more);
            }
            if (relevant) {
                return true;
            }
        }
    }

    private static boolean relevant(WatchKey key) {
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            String name = String.valueOf(event.context());
            relevant |= event.kind() == StandardWatchEventKinds.OVERFLOW
                    || name.endsWith(".yaml")
                    || name.endsWith(".yml")
                    || name.endsWith(".txt");
        }
        key.reset();
        return relevant;
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
