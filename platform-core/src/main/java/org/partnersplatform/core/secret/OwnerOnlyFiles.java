package org.partnersplatform.core.secret;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Makes files that hold secrets readable by their owner only. */
public final class OwnerOnlyFiles {

    private OwnerOnlyFiles() {
    }

    /** Sets {@code rw-------} where the file system has POSIX permissions; elsewhere leaves the file as it is. */
    public static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows and some mounted file systems have no POSIX permissions; their ACLs govern instead.
            return;
        }
    }
}
