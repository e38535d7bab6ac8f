package io.frontdesk.cli;

import io.frontdesk.config.ConfigException;
import io.frontdesk.config.ConfigKey;
import io.frontdesk.db.DataDirs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One server per SQLite data directory: an exclusive lock on {@code frontdesk.lock}, held while the server runs. Two
 * servers on one file would each count rate limits alone (doubling them) and each poll for the other's writes.
 * Admin commands take no lock: they are short-lived writers that queue on SQLite's own lock, beside a running server.
 * The operating system drops the lock when the process ends, however it ends, so a killed server leaves none behind.
 */
final class DataDirLock implements AutoCloseable {

    static final String FILE = "frontdesk.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Creates the directory if needed and locks it; a directory that cannot be used or is locked is a config error. */
    static DataDirLock acquire(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        DataDirs.prepare(dir);
        Path file = dir.resolve(FILE);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new ConfigException(ConfigKey.DATA_DIR.envName() + ": cannot write " + file + ": "
                    + DataDirs.reason(e));
        }
        try {
            FileLock lock = tryLock(channel);
            if (lock == null) {
                String holder = holder(channel);
                channel.close();
                throw new ConfigException(ConfigKey.DATA_DIR.envName() + ": " + dir
                        + " is in use by another Frontdesk server" + holder
                        + "; one SQLite data directory serves one server at a time");
            }
            // The holder's pid, for the message a second server prints; the lock itself is what counts.
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new DataDirLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new ConfigException(ConfigKey.DATA_DIR.envName() + ": cannot lock " + file + ": "
                    + DataDirs.reason(e));
        }
    }

    /** Null when another process holds the lock; this JVM holding it already counts as another server too. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static String holder(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(32);
            channel.read(buffer, 0);
            String pid = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).trim();
            return pid.matches("\\d+") ? " (pid " + pid + ")" : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // already failing with a better reason
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // the channel's close below drops it anyway
        }
        closeQuietly(channel);
    }
}
