package org.annals.spark;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SmokeTest {
    @Test
    void sparkRuns() {
        SparkSession s = SparkSession.builder().master("local[1]").appName("t").config("spark.ui.enabled", "false").getOrCreate();
        try {
            assertEquals(10, s.range(10).count());
        } finally {
            s.stop();
        }
    }
}
