#!/usr/bin/env bash
# Measures: start to first page (empty database with demo content, then a restart), jar size,
# and the latency of the article page under wrk on loopback.
# Usage: bench/article-page.sh [seconds] [connections]    (needs wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${1:-10}
CONNECTIONS=${2:-16}
PORT=${BENCH_PORT:-18080}
DATA=$(mktemp -d)
JAR=target/manset-0.1.0-SNAPSHOT.jar
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java

[ -f "$JAR" ] || ./mvnw -q -B package -DskipTests
# Started the way docs/operations.md says: extracted, so classes load from plain jars.
APP_DIR=$(mktemp -d)
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$APP_DIR" >/dev/null
echo "jar: $(du -m "$JAR" | cut -f1) MB"

start() {
    local began=$(date +%s%N)
    MANSET_DATA_DIR=$DATA SERVER_PORT=$PORT SERVER_ADDRESS=127.0.0.1 $JAVA -jar "$APP_DIR/$(basename "$JAR")" >"$DATA/app.log" 2>&1 &
    APP=$!
    until curl -sf -o /dev/null "http://127.0.0.1:$PORT/"; do
        sleep 0.05
        kill -0 $APP 2>/dev/null || { echo "app died, see $DATA/app.log"; exit 1; }
    done
    echo "$1: first page after $(( ($(date +%s%N) - began) / 1000000 )) ms"
}

stop() {
    kill $APP && wait $APP 2>/dev/null || true
}

trap 'kill $APP 2>/dev/null || true; rm -rf "$APP_DIR"' EXIT

start "first start (empty database, demo content loaded)"
stop
start "restart (existing database)"

ARTICLE=$(curl -s "http://127.0.0.1:$PORT/dunya" | grep -o 'href="/dunya/[^"]*"' | head -1 | cut -d'"' -f2)
echo "article: $ARTICLE"
# Warm up the JIT before measuring.
wrk -t2 -c"$CONNECTIONS" -d5s "http://127.0.0.1:$PORT$ARTICLE" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "http://127.0.0.1:$PORT$ARTICLE"
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "http://127.0.0.1:$PORT/" | sed 's/^/home: /'
stop
rm -rf "$DATA"
