package org.annals.cli;

import java.util.Map;

/**
 * More {@code annals} commands from another jar on the class path, found with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/org.annals.cli.CommandPlugin}). The developers' tools (benchmarks, the load test,
 * training, in module annals-bench) come this way, so that the command line's own jar holds the product only.
 */
public interface CommandPlugin {

    /** The commands, by name, in the order they are listed: picocli command objects reading and writing {@code io}. */
    Map<String, Object> commands(Io io);
}
