package org.annals.spark;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.Arrays;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

/** Reads the input into rows of {@link Columns#INPUT}, whatever its format. */
final class SparkInputs {

    /** The JSON fields read; anything else in a record is ignored. */
    private static final StructType JSON_FIELDS = new StructType()
            .add("id", DataTypes.StringType)
            .add("text", DataTypes.StringType)
            .add("date", DataTypes.StringType)
            .add("title", DataTypes.StringType)
            .add("url", DataTypes.StringType)
            .add("corrupt_record", DataTypes.StringType);

    private SparkInputs() {
    }

    static Dataset<Row> read(SparkSession spark, String path, InputFormat format) {
        InputFormat f = format == InputFormat.AUTO ? InputFormat.of(path) : format;
        return switch (f) {
            case JSONL -> normalize(spark.read().schema(JSON_FIELDS).option("mode", "PERMISSIVE")
                    .option("columnNameOfCorruptRecord", "corrupt_record").json(path));
            case PARQUET -> normalize(spark.read().parquet(path));
            case FILES -> normalize(spark.read().format("binaryFile").option("recursiveFileLookup", "true")
                    .option("pathGlobFilter", "*.{txt,tml,sgm,xml,text}").load(path)
                    .select(col("path").as("id"), col("content").as("file_bytes")));
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
