package org.annals.cli;

import java.nio.file.Path;

/** Where the archive commands find the index when {@code --index} is not given: {@code ~/.annals/index}. */
final class ArchiveFolder {

    /** The {@code --index} default as picocli shows it. */
    static final String DEFAULT = "${sys:user.home}/.annals/index";

    private ArchiveFolder() {
    }

    /** The default folder. */
    static Path defaultFolder() {
        return Path.of(System.getProperty("user.home"), ".annals", "index");
    }
}
