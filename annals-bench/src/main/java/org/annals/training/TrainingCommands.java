package org.annals.training;

import org.annals.cli.CommandPlugin;
import org.annals.cli.Io;

import java.util.LinkedHashMap;
import java.util.Map;

/** The model training commands, added to {@code annals} when annals-bench is on the class path. */
public final class TrainingCommands implements CommandPlugin {

    @Override
    public Map<String, Object> commands(Io io) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("train-events", new TrainEventsCommand(io));
        c.put("train-relations", new TrainRelationsCommand(io));
        return c;
    }
}
