package org.summittimeline.format;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one way the program writes a file: never over the timeline that is open (by any spelling of its path,
 * a symbolic link or a hard link to it), and never half: everything goes to a temporary file in the target's
 * folder, which is then moved into place in one step, so a failed export leaves the old file as it was.
 */
public final class SafeWrite {

    /** Writes text; what it writes becomes the file only if it returns normally. */
    @FunctionalInterface
    public interface WriterAction {
        void write(Writer out) throws IOException;
    }

    /** Writes bytes (an image, say); what it writes becomes the file only if it returns normally. */
    @FunctionalInterface
    public interface StreamAction {
        void write(OutputStream out) throws IOException;
    }

    /** A write refused before anything was written; the message says which file and why. */
    public static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    private SafeWrite() {
    }

    /**
     * Writes {@code target} as UTF-8 text, replacing it if it exists, unless it is {@code openFile} (null when
     * nothing is open).
     *
     * @throws Refused     when the target is the open timeline or a folder; nothing is written then
     * @throws IOException when writing fails; the target is then as it was and no temporary file remains
     */
    public static void to(Path target, Path openFile, WriterAction action) throws IOException {
        bytes(target, openFile, out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8.newEncoder()));
            action.write(writer);
            writer.flush();
        });
    }

    /** As {@link #to}, for bytes. */
    public static void bytes(Path target, Path openFile, StreamAction action) throws IOException {
        bytes(target, Collections.singletonList(openFile), action);
    }

    /**
     * As {@link #bytes(Path, Path, StreamAction)}, refusing every one of {@code openFiles} (nulls are skipped): a
     * handout made from a lesson must write over neither the lesson nor its timeline.
     */
    public static void bytes(Path target, List<Path> openFiles, StreamAction action) throws IOException {
        refuseOpenFiles(target, openFiles);
        Path temp = writeTemporary(target, action);
        try {
            refuseOpenFiles(target, openFiles);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Writes a file that must not exist yet (the command line's --generate), all or nothing. */
    public static void toNew(Path target, WriterAction action) throws IOException {
        if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString(), null, "exists already; choose another name");
        }
        Path temp = writeTemporary(target, out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8.newEncoder()));
            action.write(writer);
            writer.flush();
        });
        try {
            try {
                // A second name for the finished file fails, in one step, when the target appeared meanwhile.
                Files.createLink(target, temp);
            } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
                if (e instanceof FileAlreadyExistsException) {
                    throw e;
                }
                Files.move(temp, target);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Whether writing {@code target} would write {@code openFile}: the same real path (through any symbolic link
     * or {@code ..}) or the same file key (a hard link). False when either does not exist.
     */
    public static boolean isOpenFile(Path target, Path openFile) throws IOException {
        return sameFile(target, openFile) != null;
    }

    private static void refuseOpenFiles(Path target, List<Path> openFiles) throws IOException {
        if (Files.isDirectory(target)) {
            throw new Refused("refused to write " + target + ": it is a folder; name a file inside it");
        }
        for (Path openFile : openFiles) {
            String how = sameFile(target, openFile);
            if (how != null) {
                throw new Refused("refused to write " + target + ": it is the open " + what(openFile) + " "
                        + openFile + " (" + how + "), and writing it would destroy the " + what(openFile)
                        + "; choose another file name");
            }
        }
    }

    /** What the reader has open: a lesson (by its name's ending) or, as a rule, a timeline. */
    private static String what(Path openFile) {
        return openFile.getFileName() != null && openFile.getFileName().toString().endsWith(LessonFile.SUFFIX)
                ? "lesson" : "timeline";
    }

    /** How {@code target} is the open file, or null when it is not. */
    private static String sameFile(Path target, Path openFile) throws IOException {
        if (openFile == null || !Files.exists(target) || !Files.exists(openFile)) {
            return null;
        }
        Path real = target.toRealPath();
        if (real.equals(openFile.toRealPath())) {
            if (Files.isSymbolicLink(target)) {
                return "a symbolic link to it";
            }
            return target.toAbsolutePath().equals(openFile.toAbsolutePath())
                    ? "the same path" : "the same file by another path";
        }
        Object key = Files.readAttributes(target, BasicFileAttributes.class).fileKey();
        Object openKey = Files.readAttributes(openFile, BasicFileAttributes.class).fileKey();
        boolean same = key != null && openKey != null ? key.equals(openKey) : Files.isSameFile(target, openFile);
        return same ? "a hard link to it" : null;
    }

    /** Writes the action's output to a new file beside the target, forced to disk; deleted again on failure. */
    private static Path writeTemporary(Path target, StreamAction action) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path temp = folder.resolve("." + target.getFileName() + "." + Long.toHexString(
                ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".tmp");
        boolean done = false;
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            OutputStream out = Channels.newOutputStream(channel);
            action.write(out);
            out.flush();
            channel.force(true);
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(temp);
            }
        }
        return temp;
    }
}
