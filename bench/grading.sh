#!/usr/bin/env bash
# Grading benchmark: answers graded per second on the SQuAD v1.1 dev set (read from ../shared/data, or the path
# given as the first argument) as one 10,570-question set under the normalized, lenient and squad (F1 credit)
# policies, with the official evaluate-v1.1.py scores of each question's second accepted answer; then random
# answers to the bundled sets in questions/. Without the dev set only the bundled part runs.
#   bench/grading.sh [path/to/dev-v1.1.json]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt >/dev/null
cp="target/classes:target/test-classes:$(cat target/test-classpath.txt)"
java -cp "$cp" dev.lectern.bench.GradingBench "${1:-../shared/data/squad-v1.1/dev-v1.1.json}" bench/out/squad
