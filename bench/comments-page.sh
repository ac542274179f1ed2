#!/usr/bin/env bash
# Measures: the article page and the first comments page of a story with 100,000 comments against
# a story with 10, plus a page deep in the big thread (keyset pagination), under wrk on loopback.
# Usage: bench/comments-page.sh [seconds] [connections]    (needs wrk and sqlite3: apt-get install wrk sqlite3)
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${1:-10}
CONNECTIONS=${2:-16}
PORT=${BENCH_PORT:-18081}
DATA=$(mktemp -d)
JAR=target/manset-0.1.0-SNAPSHOT.jar
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
BIG=100000
SMALL=10

[ -f "$JAR" ] || ./mvnw -q -B package -DskipTests
# Started the way docs/operations.md says: extracted, so classes load from plain jars.
APP_DIR=$(mktemp -d)
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$APP_DIR" >/dev/null

start() {
    MANSET_DATA_DIR=$DATA SERVER_PORT=$PORT SERVER_ADDRESS=127.0.0.1 $JAVA -jar "$APP_DIR/$(basename "$JAR")" >"$DATA/app.log" 2>&1 &
    APP=$!
    until curl -sf -o /dev/null "http://127.0.0.1:$PORT/"; do
        sleep 0.1
        kill -0 $APP 2>/dev/null || { echo "app died, see $DATA/app.log"; exit 1; }
    done
}

stop() {
    kill $APP && wait $APP 2>/dev/null || true
}

trap 'kill $APP 2>/dev/null || true; rm -rf "$APP_DIR"' EXIT

# Demo content first, then two stories without demo comments get 100,000 and 10 comments.
start
stop
DB=$DATA/manset.db
read -r BIG_ID SMALL_ID < <(sqlite3 "$DB" "SELECT group_concat(id, ' ') FROM (SELECT id FROM articles
    WHERE status = 'PUBLISHED' AND id NOT IN (SELECT article_id FROM comments) ORDER BY id LIMIT 2)")
seed() {
    sqlite3 "$DB" "PRAGMA foreign_keys = ON;
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $2)
        INSERT INTO comments (article_id, commenter, name, ip_hash, body, fingerprint, status, created_at, likes)
        SELECT $1, 'bench:' || (i % 5000), 'Okur ' || (i % 5000), '', 'Yük testi yorumu ' || i || '. Bu habere dair görüşüm şudur.',
               'yuk testi yorumu ' || i, 'PUBLISHED', (CAST(strftime('%s', 'now') AS INTEGER) - $2 + i) * 1000, i % 37
        FROM n;"
}
began=$(date +%s%N)
seed "$BIG_ID" $BIG
echo "seeded $BIG comments in $(( ($(date +%s%N) - began) / 1000000 )) ms"
seed "$SMALL_ID" $SMALL
echo "comments per story: $(sqlite3 "$DB" "SELECT group_concat(article_id || '=' || published, ' ') FROM comment_counts WHERE article_id IN ($BIG_ID, $SMALL_ID)")"
start

path() {
    sqlite3 "$DB" "SELECT '/' || c.slug || '/' || a.slug || '-' || a.id FROM articles a JOIN categories c ON c.id = a.category_id WHERE a.id = $1"
}
BIG_PATH=$(path "$BIG_ID")
SMALL_PATH=$(path "$SMALL_ID")
MIDDLE=$(sqlite3 "$DB" "SELECT id FROM comments WHERE article_id = $BIG_ID ORDER BY id LIMIT 1 OFFSET $((BIG / 2))")

measure() {
    local label=$1 url=$2
    wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$url" \
        | awk -v l="$label" '/^ +50%/{p50=$2} /^ +99%/{p99=$2} /Requests\/sec/{rps=$2} END{printf "%-44s p50 %8s  p99 %8s  %8s req/s\n", l, p50, p99, rps}'
}

BASE=http://127.0.0.1:$PORT
# Warm the JIT on every page first, so the order of the measurements does not matter.
for url in "$SMALL_PATH" "$BIG_PATH" "$SMALL_PATH/yorumlar" "$BIG_PATH/yorumlar" "$BIG_PATH/yorumlar?sirala=begenilen"; do
    wrk -t2 -c"$CONNECTIONS" -d5s "$BASE$url" >/dev/null
done
measure "article page, $SMALL comments" "$BASE$SMALL_PATH"
measure "article page, $BIG comments" "$BASE$BIG_PATH"
measure "comments page, $SMALL comments" "$BASE$SMALL_PATH/yorumlar"
measure "comments page, $BIG comments" "$BASE$BIG_PATH/yorumlar"
measure "comments page, $BIG comments, most liked" "$BASE$BIG_PATH/yorumlar?sirala=begenilen"
measure "comments page, $BIG comments, middle (keyset)" "$BASE$BIG_PATH/yorumlar?sonra=$MIDDLE"
stop
rm -rf "$DATA"
