package org.sentigrid.spark;

import org.apache.spark.sql.SparkSession;

/** One Spark session in local mode on 2 threads for all the tests of this JVM (starting one takes seconds). */
final class LocalSpark {
    private static SparkSession session;

    private LocalSpark() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder().master("local[2]").appName("sentigrid tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "2")
                    .config("spark.log.level", "WARN")
                    .getOrCreate();
            SentigridFunctions.register(session);
            Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
        }
        return session;
    }
}
