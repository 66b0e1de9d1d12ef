#!/usr/bin/env bash
# Load benchmark of the query service on loopback, per endpoint: a generated archive of N distinct meeting records
# (`bench-corpus`, deterministic) ingested into a fresh embedded store, the service started on it, then wrk at 32
# connections against each endpoint in turn. Prints p50/p99, requests/s and response size per endpoint, and fails
# on any non-2xx or socket error.
#
#   tests/bench/api-timeline.sh [documents=10000] [seconds=15] [connections=32]
#
# Environment: STORE=<file> benchmarks an existing store (no corpus, no ingest); APP=<folder> runs an already
# published service (to compare builds on the same store); KEEP=1 keeps the scratch folder.
# Needs: dotnet, curl, python3, wrk (apt-get install -y wrk). Everything runs on 127.0.0.1 and is bounded in time.
set -euo pipefail

DOCS=${1:-10000}
SECONDS_RUN=${2:-15}
CONNECTIONS=${3:-32}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 2; }
WORK=$(mktemp -d /tmp/graphrelations-bench.XXXXXX)
APP_PID=

cleanup() {
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; fi
  [[ "${KEEP:-}" == 1 ]] || rm -rf "$WORK"
}
trap cleanup EXIT

if [[ -z "${APP:-}" ]]; then
  echo "building (Release)..."
  dotnet publish "$ROOT/src/GraphRelations.Api" -c Release -o "$WORK/app" --nologo -v quiet > "$WORK/publish.log" 2>&1 || { cat "$WORK/publish.log" >&2; exit 1; }
  APP="$WORK/app"
fi

if [[ -z "${STORE:-}" ]]; then
  dotnet publish "$ROOT/src/GraphRelations.Ingestion" -c Release -o "$WORK/ingest" --nologo -v quiet > "$WORK/publish-ingest.log" 2>&1 || { cat "$WORK/publish-ingest.log" >&2; exit 1; }
  dotnet "$WORK/ingest/GraphRelations.Ingestion.dll" bench-corpus "$WORK/corpus" --documents "$DOCS" --seed 1 > "$WORK/corpus.log"
  start=$(date +%s)
  dotnet "$WORK/ingest/GraphRelations.Ingestion.dll" ingest "$WORK/corpus" \
    --GraphStore:EmbeddedPath="$WORK/graph.db" --Logging:LogLevel:Default=Warning > "$WORK/ingest.log" 2>&1
  echo "ingested $DOCS generated documents in $(( $(date +%s) - start )) s"
  STORE="$WORK/graph.db"
fi

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
BASE="http://127.0.0.1:$PORT"
(
  cd "$WORK"
  unset Neo4j__Uri NEO4J_URI
  ASPNETCORE_ENVIRONMENT=Production exec dotnet "$APP/GraphRelations.Api.dll" \
    --Urls="$BASE" --GraphStore:EmbeddedPath="$STORE" \
    --Ingestion:InboxPath="$WORK/inbox" --Ingestion:ProcessedPath="$WORK/processed" --Ingestion:QuarantinePath="$WORK/quarantine" \
    --Logging:LogLevel:Default=Warning --Logging:LogLevel:Microsoft.Extensions.Diagnostics.HealthChecks=None
) > "$WORK/service.log" 2>&1 &
APP_PID=$!
deadline=$(( $(date +%s) + 600 ))
until [[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/health/ready" || true)" == 200 ]]; do
  kill -0 "$APP_PID" 2>/dev/null || { echo "the service exited:" >&2; tail -20 "$WORK/service.log" >&2; exit 1; }
  (( $(date +%s) < deadline )) || { echo "not ready after 10 minutes" >&2; exit 1; }
  sleep 1
done

# The endpoints of issue 11; the last meeting page and a meeting id come from the store itself.
read -r TOTAL MEETING < <(curl -sf "$BASE/api/meetings?pageSize=20&page=50" | python3 -c '
import json, sys
page = json.load(sys.stdin)
print(page["total"], page["items"][0]["id"] if page["items"] else "")')
LAST=$(( (TOTAL + 19) / 20 ))
ENDPOINTS=(
  "/api/topics"
  "/api/topics/territorial-issue/timeline"
  "/api/topics/territorial-issue/timeline?from=2000-01-01&to=2001-12-31"
  "/api/meetings"
  "/api/meetings?page=$LAST"
  "/api/meetings/$MEETING"
  "/api/people"
)
echo "store: $STORE ($TOTAL meetings); wrk -t2 -c$CONNECTIONS -d${SECONDS_RUN}s per endpoint"
printf '%-72s %10s %10s %10s %12s %8s\n' endpoint p50 p99 req/s bytes non2xx
failed=0
for path in "${ENDPOINTS[@]}"; do
  bytes=$(curl -s -o /dev/null -w '%{size_download}' --max-time 120 "$BASE$path")
  timeout $(( SECONDS_RUN + 90 )) wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_RUN}s" --timeout 30s --latency "$BASE$path" > "$WORK/wrk.txt" 2>&1 || true
  p50=$(awk '$1=="50%"{print $2}' "$WORK/wrk.txt")
  p99=$(awk '$1=="99%"{print $2}' "$WORK/wrk.txt")
  rps=$(awk '/^Requests\/sec/{print $2}' "$WORK/wrk.txt")
  non2xx=$(awk '/Non-2xx/{print $NF}' "$WORK/wrk.txt"); non2xx=${non2xx:-0}
  socket=$(awk '/Socket errors/{gsub(/[^0-9 ]/, " "); n = split($0, a, " "); s = 0; for (i = 1; i <= n; i++) s += a[i]; print s}' "$WORK/wrk.txt"); socket=${socket:-0}
  printf '%-72s %10s %10s %10s %12s %8s\n' "$path" "${p50:--}" "${p99:--}" "${rps:--}" "$bytes" "$(( non2xx + socket ))"
  [[ "$non2xx" == 0 && "$socket" == 0 && "${rps:-0}" != "0.00" && -n "$rps" ]] || failed=1
done
echo "RESULT documents=$DOCS meetings=$TOTAL connections=$CONNECTIONS failed=$failed"
exit "$failed"
