package org.annals.bench;

import org.annals.cli.CommandPlugin;
import org.annals.cli.Io;

import java.util.LinkedHashMap;
import java.util.Map;

/** The benchmark and load-test commands, added to {@code annals} when annals-bench is on the class path. */
public final class BenchCommands implements CommandPlugin {

    @Override
    public Map<String, Object> commands(Io io) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("bench", new BenchCommand(io));
        c.put("bench-archive", new BenchArchiveCommand(io));
        c.put("bench-server", new BenchServerCommand(io));
        c.put("load", new LoadCommand(io));
        c.put("bench-suite", new BenchSuiteCommand(io));
        c.put("bench-read", new BenchReadCommand(io));
        return c;
    }
}
