#!/usr/bin/env bash
# Load benchmark of the query service on loopback, per endpoint: a generated archive of N distinct meeting records
# (`bench-corpus`, deterministic) ingested into a fresh embedded store, the service started on it, then wrk at 32
# connections against each row in turn. Hot rows repeat one URL (what a response cache answers from memory);
# spread rows walk a list of many distinct URLs taken from the store itself (tests/bench/spread.lua): meetings by
# id, every meeting-list page, timeline pages and year windows of the busiest topics, people by id. Prints p50/p99,
# requests/s, mean bytes per response (headers included) and non-2xx per row, and fails on any non-2xx or socket error.
#
#   tests/bench/api-timeline.sh [documents=10000] [seconds=15] [connections=32]
#
# Environment: STORE=<file> benchmarks an existing store (no corpus, no ingest); APP=<folder> runs an already
# published service (to compare builds on the same store); KEEP=1 keeps the scratch folder; CACHE=off runs the
# service with its response cache off (Api:ResponseCache:Enabled=false) to measure the uncached cost; ROWS=hot or
# ROWS=spread runs only those rows (default both); IDS=<n> meetings by id in the spread row (default 3000).
# Needs: dotnet, curl, python3, wrk (apt-get install -y wrk). Everything runs on 127.0.0.1 and is bounded in time.
set -euo pipefail

DOCS=${1:-10000}
SECONDS_RUN=${2:-15}
CONNECTIONS=${3:-32}
ROWS=${ROWS:-all}
IDS=${IDS:-3000}
[[ "$ROWS" == all || "$ROWS" == hot || "$ROWS" == spread ]] || { echo "ROWS must be all, hot or spread" >&2; exit 2; }
CACHE_SETTING=()
case "${CACHE:-on}" in
  on) ;;
  off) CACHE_SETTING=(--Api:ResponseCache:Enabled=false) ;;
  *) echo "CACHE must be on or off" >&2; exit 2 ;;
esac
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
    --Logging:LogLevel:Default=Warning --Logging:LogLevel:Microsoft.Extensions.Diagnostics.HealthChecks=None "${CACHE_SETTING[@]}"
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
HOT=(
  "/api/topics"
  "/api/topics/territorial-issue/timeline"
  "/api/topics/territorial-issue/timeline?from=2000-01-01&to=2001-12-31"
  "/api/meetings"
  "/api/meetings?page=$LAST"
  "/api/meetings/$MEETING"
  "/api/people"
)

# The spread rows' URL lists, one path a line, read from the service before any load.
mkdir -p "$WORK/urls"
python3 - "$BASE" "$WORK/urls" "$IDS" <<'PY'
import json, math, sys, urllib.request

base, out, wanted = sys.argv[1], sys.argv[2], int(sys.argv[3])

def get(path):
    with urllib.request.urlopen(base + path, timeout=120) as response:
        return json.load(response)

def write(name, paths):
    if not paths:
        sys.exit(f"no URLs for {name}")
    with open(f"{out}/{name}.txt", "w") as f:
        f.write("\n".join(paths) + "\n")

total = get("/api/meetings?pageSize=100")["total"]
pages = max(1, math.ceil(total / 100))
step = max(1, pages // max(1, math.ceil(wanted / 100)))
ids = []
for page in range(1, pages + 1, step):
    ids += [m["id"] for m in get(f"/api/meetings?pageSize=100&page={page}")["items"]]
write("meetings-by-id", [f"/api/meetings/{i}" for i in ids[:wanted]])
write("meeting-pages", [f"/api/meetings?page={p}" for p in range(1, math.ceil(total / 20) + 1)])

topics = sorted((t for t in get("/api/topics") if t["meetingCount"] > 0), key=lambda t: -t["meetingCount"])[:8]
timeline = []
for t in topics:
    timeline += [f"/api/topics/{t['id']}/timeline?page={p}" for p in range(1, min(10, math.ceil(t["meetingCount"] / 20)) + 1)]
    first, last = int(t["firstMeeting"][:4]), int(t["lastMeeting"][:4])
    timeline += [f"/api/topics/{t['id']}/timeline?from={y}-01-01&to={y + 1}-12-31" for y in range(first, last + 1, 2)]
write("timeline", timeline)
write("people-by-id", [f"/api/people/{p['id']}" for p in get("/api/people")])
PY
SPREAD=(meetings-by-id meeting-pages timeline people-by-id)

echo "store: $STORE ($TOTAL meetings); response cache ${CACHE:-on}; wrk -t2 -c$CONNECTIONS -d${SECONDS_RUN}s per row"
printf '%-72s %10s %10s %10s %10s %8s\n' row p50 p99 req/s bytes/resp non2xx
failed=0

# One wrk run; the row's figures from its report. Bytes per response are wrk's bytes read over its requests.
measure() {
  local label=$1; shift
  timeout $(( SECONDS_RUN + 90 )) wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_RUN}s" --timeout 30s --latency "$@" > "$WORK/wrk.txt" 2>&1 || true
  local p50 p99 rps bytes non2xx socket
  p50=$(awk '$1=="50%"{print $2}' "$WORK/wrk.txt")
  p99=$(awk '$1=="99%"{print $2}' "$WORK/wrk.txt")
  rps=$(awk '/^Requests\/sec/{print $2}' "$WORK/wrk.txt")
  bytes=$(awk '/requests in/{v = $(NF-1); u = v; sub(/[0-9.]+/, "", u); sub(/[A-Za-z]+/, "", v);
    m = (u == "KB") ? 1024 : (u == "MB") ? 1048576 : (u == "GB") ? 1073741824 : (u == "TB") ? 1099511627776 : 1;
    if ($1 > 0) printf "%.0f", v * m / $1}' "$WORK/wrk.txt")
  non2xx=$(awk '/Non-2xx/{print $NF}' "$WORK/wrk.txt"); non2xx=${non2xx:-0}
  socket=$(awk '/Socket errors/{gsub(/[^0-9 ]/, " "); n = split($0, a, " "); s = 0; for (i = 1; i <= n; i++) s += a[i]; print s}' "$WORK/wrk.txt"); socket=${socket:-0}
  printf '%-72s %10s %10s %10s %10s %8s\n' "$label" "${p50:--}" "${p99:--}" "${rps:--}" "${bytes:--}" "$(( non2xx + socket ))"
  [[ "$non2xx" == 0 && "$socket" == 0 && "${rps:-0}" != "0.00" && -n "$rps" ]] || failed=1
}

if [[ "$ROWS" != spread ]]; then
  for path in "${HOT[@]}"; do
    measure "$path" "$BASE$path"
  done
fi

if [[ "$ROWS" != hot ]]; then
  for list in "${SPREAD[@]}"; do
    measure "spread: $list ($(wc -l < "$WORK/urls/$list.txt") URLs)" -s "$ROOT/tests/bench/spread.lua" "$BASE" -- "$WORK/urls/$list.txt"
  done
fi

echo "RESULT documents=$DOCS meetings=$TOTAL connections=$CONNECTIONS cache=${CACHE:-on} failed=$failed"
exit "$failed"
