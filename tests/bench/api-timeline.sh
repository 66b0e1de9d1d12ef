#!/usr/bin/env bash
# Load benchmark of the query service on loopback: the shared corpus repeated to >= 10,000 distinct documents (one
# distinguishing line appended per copy, so every copy has its own document id), loaded into a fresh embedded store
# through the service's start-up corpus load, then topic-timeline requests at 32 concurrent connections with wrk.
#
#   tests/bench/api-timeline.sh [documents=10000] [seconds=30] [connections=32]
#
# Needs: dotnet, curl, wrk (apt-get install -y wrk), ../shared/corpus. Prints p50/p99 latency, requests/s, errors;
# exits non-zero if any request failed. Everything runs on 127.0.0.1 and is bounded in time.
set -euo pipefail

DOCS=${1:-10000}
SECONDS_RUN=${2:-30}
CONNECTIONS=${3:-32}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
CORPUS=$(cd "$ROOT/../shared/corpus" 2>/dev/null && pwd) || { echo "no ../shared/corpus next to $ROOT" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 2; }
WORK=$(mktemp -d /tmp/graphrelations-bench.XXXXXX)
APP_PID=

cleanup() {
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

mapfile -t ORIGINALS < <(find "$CORPUS/seeds" "$CORPUS/dev" -name '*.txt' | sort)
COPIES=$(( (DOCS + ${#ORIGINALS[@]} - 1) / ${#ORIGINALS[@]} ))
echo "corpus: ${#ORIGINALS[@]} files x $COPIES copies = $(( ${#ORIGINALS[@]} * COPIES )) documents"
python3 - "$WORK/corpus" "$COPIES" "${ORIGINALS[@]}" <<'PY'
import os, sys
out, copies, files = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
texts = [(os.path.basename(f), open(f, "rb").read()) for f in files]
for copy in range(1, copies + 1):
    folder = os.path.join(out, "copy%05d" % copy)
    os.makedirs(folder)
    for name, text in texts:
        with open(os.path.join(folder, name), "wb") as f:
            f.write(text + b"\n\nLoad-test copy %05d.\n" % copy)
PY

echo "building (Release)..."
dotnet publish "$ROOT/src/GraphRelations.Api" -c Release -o "$WORK/app" --nologo -v quiet > "$WORK/publish.log" 2>&1 || { cat "$WORK/publish.log" >&2; exit 1; }

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
BASE="http://127.0.0.1:$PORT"
echo "starting the service on $BASE and loading the corpus..."
LOAD_START=$(date +%s)
(
  cd "$WORK"
  unset Neo4j__Uri NEO4J_URI
  ASPNETCORE_ENVIRONMENT=Production exec dotnet "$WORK/app/GraphRelations.Api.dll" \
    --Urls="$BASE" \
    --GraphStore:EmbeddedPath="$WORK/graph.db" \
    --Ingestion:SeedPaths:0="$WORK/corpus" \
    --Ingestion:InboxPath="$WORK/inbox" --Ingestion:ProcessedPath="$WORK/processed" --Ingestion:QuarantinePath="$WORK/quarantine" \
    --Logging:LogLevel:Default=Warning --Logging:LogLevel:GraphRelations.Api.Seeding=Information \
    --Logging:LogLevel:Microsoft.Extensions.Diagnostics.HealthChecks=None
) > "$WORK/service.log" 2>&1 &
APP_PID=$!

deadline=$(( $(date +%s) + 1800 ))
until [[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/health/ready" || true)" == 200 ]]; do
  kill -0 "$APP_PID" 2>/dev/null || { echo "the service exited:" >&2; tail -20 "$WORK/service.log" >&2; exit 1; }
  (( $(date +%s) < deadline )) || { echo "not ready after 30 minutes" >&2; exit 1; }
  sleep 2
done
echo "loaded in $(( $(date +%s) - LOAD_START )) s: $(grep -o 'Seed corpus loaded.*' "$WORK/service.log" | head -1)"

# Every topic that has meetings, in rotation; payload size reported so the figures can be read against it.
curl -sf "$BASE/api/topics" | python3 -c '
import json, sys
for t in json.load(sys.stdin):
    if t["meetingCount"] > 0: print("/api/topics/%s/timeline" % t["id"])' > "$WORK/paths.txt"
echo "timeline paths: $(wc -l < "$WORK/paths.txt"); territorial-issue timeline: $(curl -s -o /dev/null -w '%{size_download}' "$BASE/api/topics/territorial-issue/timeline") bytes"

cat > "$WORK/rotate.lua" <<'LUA'
local paths, i, errors = {}, 0, 0
for line in io.lines(os.getenv("PATHS_FILE")) do paths[#paths + 1] = line end
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
response = function(status) if status ~= 200 then errors = errors + 1 end end
LUA

echo "wrk: $CONNECTIONS connections, ${SECONDS_RUN}s"
PATHS_FILE="$WORK/paths.txt" timeout $(( SECONDS_RUN + 60 )) \
  wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_RUN}s" --timeout 30s --latency -s "$WORK/rotate.lua" "$BASE" | tee "$WORK/wrk.txt"

p50=$(awk '$1=="50%"{print $2}' "$WORK/wrk.txt")
p99=$(awk '$1=="99%"{print $2}' "$WORK/wrk.txt")
rps=$(awk '/^Requests\/sec/{print $2}' "$WORK/wrk.txt")
non2xx=$(awk '/Non-2xx/{print $NF}' "$WORK/wrk.txt"); non2xx=${non2xx:-0}
socket=$(awk '/Socket errors/{gsub(/[^0-9 ]/, " "); n = split($0, a, " "); s = 0; for (i = 1; i <= n; i++) s += a[i]; print s}' "$WORK/wrk.txt"); socket=${socket:-0}
echo "RESULT documents=$(( ${#ORIGINALS[@]} * COPIES )) connections=$CONNECTIONS p50=$p50 p99=$p99 requests_per_s=$rps non2xx=$non2xx socket_errors=$socket"
[[ "$non2xx" == 0 && "$socket" == 0 ]]
