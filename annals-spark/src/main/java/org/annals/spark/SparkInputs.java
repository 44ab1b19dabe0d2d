package org.annals.spark;

import org.annals.io.DocumentFiles;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.util.Arrays;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

/** Reads the input into rows of {@link Columns#INPUT}, whatever its format. */
final class SparkInputs {

    private SparkInputs() {
    }

    static Dataset<Row> read(SparkSession spark, String path, InputFormat format) {
        InputFormat f = format == InputFormat.AUTO ? InputFormat.of(path) : format;
        return switch (f) {
            case JSONL -> JsonLines.read(spark, path);
            case PARQUET -> normalize(spark.read().parquet(path));
            // the documents of a folder as annals ingest chooses them (DocumentFiles: not its README.txt), one a file
            case FILES -> normalize(spark.read().format("binaryFile").option("recursiveFileLookup", "true")
                    .option("pathGlobFilter", "*.{txt,text,tml,sgm,xml,html,htm}").load(path)
                    .select(col("path").as("id"), col("content").as("file_bytes"), col("path").as("input_file"))
                    .filter((FilterFunction<Row>) r -> DocumentFiles.isDocument(r.getString(0))));
            case AUTO -> throw new AssertionError(f);
        };
    }

    /** The columns of {@link Columns#INPUT} in order; those the source lacks are null. */
    private static Dataset<Row> normalize(Dataset<Row> in) {
        java.util.Set<String> have = new java.util.HashSet<>(Arrays.asList(in.columns()));
        Column[] cols = Arrays.stream(Columns.INPUT.fields())
                .map(f -> (have.contains(f.name()) ? col(f.name()).cast(f.dataType()) : lit(null).cast(f.dataType()))
                        .as(f.name()))
                .toArray(Column[]::new);
        return in.select(cols);
    }
}
