#!/usr/bin/env bash
# Throughput of the main pages at a fixed number of concurrent connections (closed model), each beside the static CSS
# file in the same pass: ApacheBench against a running application, signed in as the standing agency.
# Usage: src/test/load/ab-main-pages.sh BASE_URL [CONCURRENCY] [REQUESTS]   e.g. http://localhost:8080 20 200
set -euo pipefail
base="${1:?base URL}"; c="${2:-20}"; n="${3:-200}"
user="${CCHC_USER:-snv.cchc}"; password="${CCHC_PASSWORD:-Demo@2026cchc}"
jar="$(mktemp)"; trap 'rm -f "$jar"' EXIT
csrf="$(curl -s -c "$jar" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)"
curl -s -b "$jar" -c "$jar" -o /dev/null -d "username=$user&password=$password&_csrf=$csrf" "$base/login"
cookie="$(awk '$6 == "SESSION" {print "SESSION=" $7}' "$jar")"
[ -n "$cookie" ] || { echo "sign-in failed" >&2; exit 1; }
plan="$(curl -s -b "$jar" "$base/plans" | grep -o 'href="/plans/[0-9]*"' | head -1 | grep -o '[0-9]*')"
round="$(curl -s "$base/public/scoring" | grep -o 'href="/public/scoring/[0-9]*"' | head -1 | grep -o '[0-9]\+')"
pages=(/css/cchc.css / /plans/board "/plans/$plan" /indicators/heatmap /indicators/scorecard /indicators/board /units
       /dossiers /public/scoring "/scoring/rounds/$round/results" /css/cchc.css)
printf '%-32s %8s %8s %8s %8s %8s %7s\n' page req/s p50_ms p95_ms p99_ms bytes failed
for p in "${pages[@]}"; do
    out="$(ab -q -k -s 120 -n "$n" -c "$c" -H 'Accept-Encoding: gzip' -C "$cookie" "$base$p" 2>&1)"
    rps="$(sed -n 's/^Requests per second: *\([0-9.]*\).*/\1/p' <<<"$out")"
    p50="$(awk '$1 == "50%" {print $2}' <<<"$out")"; p95="$(awk '$1 == "95%" {print $2}' <<<"$out")"
    p99="$(awk '$1 == "99%" {print $2}' <<<"$out")"
    bytes="$(sed -n 's/^Document Length: *\([0-9]*\).*/\1/p' <<<"$out")"
    # ab counts a page whose length differs from the first as "failed" (Length); only real failures count here
    failed="$(grep -o 'Connect: [0-9]*, Receive: [0-9]*, Length: [0-9]*, Exceptions: [0-9]*' <<<"$out" \
        | awk -F'[:,] *' '{print $2 + $4 + $8}' || true)"
    out="${out:-}"; non2xx="$(sed -n 's/^Non-2xx responses: *\([0-9]*\).*/\1/p' <<<"$out")"
    printf '%-32s %8s %8s %8s %8s %8s %7s\n' "$p" "$rps" "$p50" "$p95" "$p99" "$bytes" "$((${failed:-0} + ${non2xx:-0}))"
done
