#!/usr/bin/env bash
# Load-time benchmark: the bundled sets, and the SQuAD v1.1 dev set (read from ../shared/data) as one
# 10,570-question set on a 2,067-paragraph article, in-process (cold and warm), then end to end with
# `lectern check` (JVM start included) when hyperfine is installed.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt >/dev/null
cp="target/classes:target/test-classes:$(cat target/test-classpath.txt)"
java -cp "$cp" dev.lectern.bench.LoadBench bench/out/squad
if command -v hyperfine >/dev/null && [ -f bench/out/squad/squad-dev.yaml ]; then
  ./lectern --version >/dev/null   # build the launcher's jar first, outside the timing
  hyperfine --warmup 2 --runs 10 --export-json bench/out/load-hyperfine.json \
    './lectern check questions/' './lectern check bench/out/squad/squad-dev.yaml'
else
  echo "(install hyperfine to time 'lectern check' end to end: apt-get install hyperfine)"
fi
