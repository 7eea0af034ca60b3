#!/usr/bin/env bash
# JMH micro-benchmarks (bench/jmh, not part of `mvn verify`): normalising an answer, grading one answer of each
# kind, loading a set. Arguments go to JMH, e.g.
#   bench/jmh.sh                          every benchmark (about 3 minutes)
#   bench/jmh.sh GradeBench -p kind=cloze one benchmark, one parameter
#   bench/jmh.sh -l                       list them
# Builds target/lectern.jar first (through ./lectern), then bench/jmh against it; runs from the project folder,
# so the sets' paths (questions/...) resolve. JMH itself comes from Maven Central the first time.
set -euo pipefail
cd "$(dirname "$0")/.."
./lectern --version >/dev/null
mvn -q -B -f bench/jmh/pom.xml package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt \
    -Dmdep.includeScope=runtime >/dev/null
cp="bench/jmh/target/classes:$(cat bench/jmh/target/classpath.txt)"
exec java -cp "$cp" org.openjdk.jmh.Main "$@"
