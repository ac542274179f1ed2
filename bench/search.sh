#!/usr/bin/env bash
# Measures the search index without Spring or a database: builds a Lucene index of N synthetic
# Turkish stories (100,000 unless told) as a rebuild does, then times reader searches (with
# highlighting), related stories and suggestions through the real Search class.
# Usage: bench/search.sh [articles] [measured rounds]    (JAVA_OPTS=-Dbench.keep=true keeps the index)
set -euo pipefail
cd "$(dirname "$0")/.."

ARTICLES=${1:-100000}
ROUNDS=${2:-20}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
CLASSPATH_FILE=target/bench-search.classpath

# Compiles main and test code when a source is newer than the benchmark's class (or none exists).
CLASS=target/test-classes/tr/manset/search/SearchBenchmark.class
if [ ! -f "$CLASS" ] || [ -n "$(find src pom.xml -newer "$CLASS" -type f -print -quit)" ]; then
    ./mvnw -q -o test-compile
fi
if [ ! -f "$CLASSPATH_FILE" ] || [ pom.xml -nt "$CLASSPATH_FILE" ]; then
    ./mvnw -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CLASSPATH_FILE"
fi

echo "load before: $(uptime)"
"$JAVA" -Xmx1g ${JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat "$CLASSPATH_FILE")" \
    tr.manset.search.SearchBenchmark "$ARTICLES" "$ROUNDS"
echo "load after: $(uptime)"
