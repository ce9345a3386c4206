package ai.licensing.engine;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.stream.Stream;

/**
 * Tells {@code onChange} whenever anything below a folder is created, changed or deleted, subfolders included
 * (the JDK watches one folder at a time, so every subfolder, including ones created later, is registered).
 * It only says "something changed": deciding whether that matters is the caller's job. Where the file system
 * offers no watch service, it does nothing and the caller's periodic check has to do.
 */
final class FolderWatch implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(FolderWatch.class.getName());

    private final WatchService watcher;
    private final Runnable onChange;
    private final Thread thread;

    private FolderWatch(WatchService watcher, Runnable onChange) {
        this.watcher = watcher;
        this.onChange = onChange;
        this.thread = new Thread(this::run, "rules-watch");
        this.thread.setDaemon(true);
    }

    /** Starts watching; returns null (and logs why) when the folder cannot be watched. */
    static FolderWatch start(Path root, Runnable onChange) {
        try {
            FolderWatch watch = new FolderWatch(root.getFileSystem().newWatchService(), onChange);
            watch.registerTree(root);
            watch.thread.start();
            return watch;
        } catch (IOException | UnsupportedOperationException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot watch " + root + " (" + e + "); relying on the periodic check");
            return null;
        }
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void run() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                Path dir = (Path) key.watchable();
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && event.context() instanceof Path name
                            && Files.isDirectory(dir.resolve(name))) {
                        registerNewFolder(dir.resolve(name));
                    }
                }
                key.reset();
                onChange.run();
            }
        } catch (ClosedWatchServiceException e) {
            // close() was called: the watch is over.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void registerNewFolder(Path dir) {
        try {
            registerTree(dir);
        } catch (IOException e) {
            // Gone again already, or unreadable: the periodic check still sees its files.
            LOG.log(System.Logger.Level.DEBUG, "Cannot watch new folder " + dir + ": " + e);
        }
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "Closing the watch service: " + e);
        }
    }
}
