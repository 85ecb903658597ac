#!/usr/bin/env bash
# Benchmarks of the quality bars' "Performance" section (issue 9): publishes Release, generates (or
# reuses) a province-scale SQLite database with seed-scale, starts the app on 127.0.0.1 with
# Production settings pointing at that database, measures pages with wrk against a trivial page in
# the same run, and times the annual summary compile. Prints one JSON object per scenario.
#
#   tests/FireSafety.Benchmarks/run.sh [--quick]
#
# --quick: a 100-unit, 2-year database and 5-second runs (full: 1,000 units, 5 years, 30 s).
# Environment: BENCH_DB=/path/file.db reuses a database made by seed-scale (its size is then
# whatever it was generated with); BENCH_DURATION (e.g. 10s), BENCH_THREADS (2),
# BENCH_CONNECTIONS (one per core), BENCH_PORT (5097). See README.md beside this file.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
web="$root/src/FireSafety.Web"

units=1000
years=5
seed=42
duration=30s
if [[ "${1:-}" == "--quick" ]]; then
    units=100
    years=2
    duration=5s
elif [[ $# -gt 0 ]]; then
    echo "Usage: $0 [--quick]" >&2
    exit 2
fi
duration="${BENCH_DURATION:-$duration}"
threads="${BENCH_THREADS:-2}"
# One connection per core keeps the machine busy (the throughput equals that at 20 connections,
# docs/performance.md) without measuring a queue: at 20, p50 is ~20 / rps for any page (ADR 0095).
connections="${BENCH_CONNECTIONS:-$(nproc)}"
(( threads > connections )) && threads="$connections" # wrk needs a connection per thread
port="${BENCH_PORT:-5097}"
base="http://127.0.0.1:$port"
proxied="X-Forwarded-Proto: https"
password='QuyMo@2026!' # ScaleSeeder.Password, published in docs/performance.md
work="$here/.data"
mkdir -p "$work/logs"

log() { echo "[bench] $*" >&2; }

# --- tools ------------------------------------------------------------------------------------
missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v sqlite3 >/dev/null || missing+=(sqlite3)
command -v curl >/dev/null || missing+=(curl)
[[ -x /usr/bin/time ]] || missing+=(time)
if [[ ${#missing[@]} -gt 0 ]]; then
    log "installing ${missing[*]}"
    apt-get update -qq >&2
    apt-get install -y -qq "${missing[@]}" >&2
fi

# --- build ------------------------------------------------------------------------------------
# Published as docs/deployment.md publishes it: Release, for this machine's runtime, so ReadyToRun
# (precompiled; FireSafety.Web.csproj). The app and its verbs run from there (not `dotnet run`,
# whose launch profile would set Development); each call says which environment it wants.
rid="$(dotnet --info | awk '$1 == "RID:" { print $2; exit }')"
published="$work/publish"
log "publishing Release for $rid"
dotnet publish "$web/FireSafety.Web.csproj" -c Release -r "$rid" --self-contained false -o "$published" -nologo -v quiet >&2
dll="$published/FireSafety.Web.dll"
app() { local verb="$1"; shift; dotnet "$dll" "$verb" --contentRoot "$published" "$@"; }

# --- database ---------------------------------------------------------------------------------
if [[ -n "${BENCH_DB:-}" ]]; then
    db="$(cd "$(dirname "$BENCH_DB")" && pwd)/$(basename "$BENCH_DB")"
    [[ -f "$db" ]] || { echo "BENCH_DB=$BENCH_DB does not exist" >&2; exit 2; }
    log "reusing $db"
else
    db="$work/scale-u$units-y$years-s$seed.db"
    if [[ ! -f "$db" ]]; then
        log "generating $db (seed-scale --units $units --years $years --seed $seed)"
        rm -f "$db.tmp" "$db.tmp-wal" "$db.tmp-shm"
        # seed-scale refuses Production (the accounts share a published password).
        ASPNETCORE_ENVIRONMENT=Development Logging__FilePath="$work/logs/seed-.log" \
            app seed-scale --units "$units" --years "$years" --seed "$seed" --Database:SqlitePath "$db.tmp" >&2
        mv "$db.tmp" "$db"
    else
        log "reusing cached $db"
    fi
fi

# --- the app ----------------------------------------------------------------------------------
# Production sits behind a TLS reverse proxy (docs/deployment.md): the app trusts 127.0.0.1 as
# that proxy and every request says X-Forwarded-Proto: https, so the Secure cookies and the
# antiforgery checks work as in production over plain http here.
# Production settings except: the daily background job is off (it would run its reminders over
# the whole province in the middle of a measurement), the log file goes under .data/, and the
# per-user upload limit is lifted: every htmx answer post is multipart, so it counts as an upload
# (30 a minute by default) and the inspection-save scenario would measure 429s.
server_pid=""
stop_server() {
    if [[ -n "$server_pid" ]]; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
}
trap stop_server EXIT

# Another app on the port would answer every request in place of this build's.
if curl -s -o /dev/null --max-time 2 "$base/"; then
    echo "something already answers on $base: stop it or set BENCH_PORT" >&2
    exit 1
fi
log "starting the app on $base"
ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$base" \
    Database__SqlitePath="$db" Jobs__Enabled=false Logging__FilePath="$work/logs/app-.log" \
    Security__KnownProxies__0=127.0.0.1 \
    dotnet "$dll" --contentRoot "$published" >"$work/logs/app-console.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do
    curl -fs -o /dev/null "$base/health/live" && break
    kill -0 "$server_pid" 2>/dev/null || { echo "the app stopped; see $work/logs/app-console.log" >&2; exit 1; }
    sleep 1
done
curl -fs -o /dev/null "$base/health/live" || { echo "the app did not start in 120 s" >&2; exit 1; }

# --- signing in -------------------------------------------------------------------------------
# Cookies are read from Set-Cookie headers and sent as a Cookie header: the app sets Secure
# (__Host-) cookies as in production, which curl's cookie jar would not send over plain http.
cookies_of() { # headers file -> "name=value; name=value"
    grep -i '^set-cookie:' "$1" | sed -E 's/^[Ss]et-[Cc]ookie: *([^;]*).*/\1/' | tr -d '\r' | paste -sd';' - | sed 's/;/; /g'
}
token_of() { # html file -> the first antiforgery token
    grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' "$1" | head -n 1 | sed -E 's/.*value="([^"]*)"/\1/'
}

tmp="$(mktemp -d)"
trap 'stop_server; rm -rf "$tmp"' EXIT

sign_in() { # email -> Cookie header value (antiforgery + authentication cookies)
    local email="$1" antiforgery auth status
    curl -s -H "$proxied" -D "$tmp/h1" -o "$tmp/b1" "$base/Account/Login"
    antiforgery="$(cookies_of "$tmp/h1")"
    status="$(curl -s -H "$proxied" -D "$tmp/h2" -o /dev/null -w '%{http_code}' -H "Cookie: $antiforgery" \
        --data-urlencode "Input.Email=$email" --data-urlencode "Input.Password=$password" \
        --data-urlencode "__RequestVerificationToken=$(token_of "$tmp/b1")" "$base/Account/Login")"
    auth="$(cookies_of "$tmp/h2")"
    if [[ "$status" != 302 || -z "$auth" ]]; then
        echo "sign-in as $email failed (HTTP $status)" >&2
        exit 1
    fi
    echo "$antiforgery; $auth"
}

leader="$(sign_in lanhdao1@quymo.firesafety.local)"
unithead="$(sign_in stp@quymo.firesafety.local)"

# --- measuring --------------------------------------------------------------------------------
to_ms() { # "3.10ms" / "850.00us" / "1.20s" -> milliseconds
    awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n *= 1000; printf "%.1f", n }'
}

baseline_rps=""
# scenario name, path, cookie ("" for none), extra wrk arguments (after the URL: a script and its -- arguments)...
measure() {
    local name="$1" path="$2" cookie="$3"
    shift 3
    # A long timeout: a slow page is measured as slow, not counted as socket errors (wrk's 2 s default).
    local args=(-t "$threads" -c "$connections" -d "$duration" --timeout 30s --latency -H "$proxied")
    [[ -n "$cookie" ]] && args+=(-H "Cookie: $cookie")
    local out rps p50 p99 socket non2xx script_errors errors ratio
    out="$(wrk "${args[@]}" "$base$path" "$@" 2>&1)" || { echo "$out" >&2; exit 1; }
    echo "$out" >"$work/logs/wrk-$name.txt"
    rps="$(awk '/^Requests\/sec:/ { printf "%.1f", $2 }' <<<"$out")"
    p50="$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")"
    p99="$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")"
    socket="$(awk '/Socket errors:/ { gsub(/,/, ""); print $4 + $6 + $8 + $10 }' <<<"$out")"
    non2xx="$(awk '/Non-2xx or 3xx responses:/ { print $NF }' <<<"$out")"
    script_errors="$(awk '/^BENCH_ERRORS/ { print $2 }' <<<"$out")"
    errors=$(( ${socket:-0} + ${non2xx:-0} + ${script_errors:-0} ))
    if grep -q '^ *0 requests in' <<<"$out"; then
        log "$name: no request completed within $duration (each took longer): rps 0 is a miss, not a measurement"
    fi
    if [[ -z "$baseline_rps" ]]; then
        baseline_rps="$rps"
    fi
    ratio="$(awk -v a="$rps" -v b="$baseline_rps" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')"
    printf '{"scenario":"%s","rps":%s,"p50_ms":%s,"p99_ms":%s,"errors":%s,"ratio_to_baseline":%s}\n' \
        "$name" "$rps" "$p50" "$p99" "$errors" "$ratio"
}

# A GET scenario: the page must answer 200 (not a redirect to the sign-in page) before it is measured.
page() {
    local name="$1" path="$2" cookie="$3" status seconds header=()
    [[ -n "$cookie" ]] && header=(-H "Cookie: $cookie")
    read -r status seconds < <(curl -s -H "$proxied" -o /dev/null -w '%{http_code} %{time_total}\n' "${header[@]}" "$base$path")
    log "$name: one request alone: HTTP $status in ${seconds}s"
    if [[ "$status" != 200 ]]; then
        echo "$name: $path answered HTTP $status before the run" >&2
        printf '{"scenario":"%s","rps":0,"p50_ms":0,"p99_ms":0,"errors":1,"ratio_to_baseline":0}\n' "$name"
        return
    fi
    measure "$name" "$path" "$cookie"
}

log "measuring: $threads threads, $connections connections, $duration per scenario"
page baseline-login /Account/Login ""
page health-live /health/live ""
page dashboard-leader / "$leader"
page dashboard-unithead / "$unithead"
for list in Tasks Inspections Actions Equipment RiskPoints Incidents Plans Training; do
    lower="$(tr '[:upper:]' '[:lower:]' <<<"$list")"
    page "list-$lower" "/$list" "$leader"
    # Page numbers past the end show the last page (PagedList clamps): the deepest page.
    page "list-$lower-deep" "/$list?p=100000" "$leader"
done
page search-facilities "/Facilities?q=tru+so" "$leader"
page search-equipment "/Equipment?q=mfz4" "$leader"

# An inspection save: a draft self-inspection and its unit's head; each thread saves its own item.
read -r inspection unit < <(sqlite3 -separator ' ' "$db" \
    "SELECT i.Id, lower(u.Code) FROM Inspections i JOIN Units u ON u.Id = i.UnitId WHERE i.Status = 0 ORDER BY i.Id LIMIT 1")
filler="$(sign_in "$unit@quymo.firesafety.local")"
curl -s -H "$proxied" -o "$tmp/fill" -H "Cookie: $filler" "$base/Inspections/Fill/$inspection"
items="$(grep -oE 'name="(ItemId|Version)" value="[0-9]+"' "$tmp/fill" | sed -E 's/.*value="([0-9]+)"/\1/' \
    | paste -d: - - | head -n "$threads" | paste -sd, -)"
[[ -n "$items" ]] || { echo "no items on /Inspections/Fill/$inspection" >&2; exit 1; }
threads_before="$connections"
connections="$threads" # one connection per thread: each save goes with its item's current version
measure inspection-save "/Inspections/Fill/$inspection?handler=Answer" "$filler" \
    -s "$here/inspection-save.lua" -- "/Inspections/Fill/$inspection?handler=Answer" "$(token_of "$tmp/fill")" "$items"
connections="$threads_before"

stop_server
server_pid=""

# --- annual summary compile -------------------------------------------------------------------
year=$(( $(date -u +%Y) - 1 ))
log "annual-summary --year $year"
ASPNETCORE_ENVIRONMENT=Production Database__SqlitePath="$db" Jobs__Enabled=false Logging__FilePath="$work/logs/cli-.log" \
    /usr/bin/time -v -o "$tmp/time" dotnet "$dll" annual-summary --contentRoot "$published" --year "$year" --out "$work/annual-summary-$year.docx" >"$tmp/summary"
cat "$tmp/summary" >&2
seconds="$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; printf "%.1f", s }' "$tmp/time")"
peak_mb="$(awk -F': ' '/Maximum resident set size/ { printf "%d", $2 / 1024 }' "$tmp/time")"
# The whole process (start-up included) is "seconds"; the command's own timings split the compile from the Word file.
compile_seconds="$(sed -nE 's/^Timings: figures compiled in ([0-9.]+) s.*/\1/p' "$tmp/summary")"
docx_seconds="$(sed -nE 's/.*Word document written in ([0-9.]+) s\./\1/p' "$tmp/summary")"
printf '{"scenario":"annual-summary","seconds":%s,"peak_mb":%s,"compile_seconds":%s,"docx_seconds":%s}\n' \
    "$seconds" "$peak_mb" "${compile_seconds:-null}" "${docx_seconds:-null}"

# --- fresh start ------------------------------------------------------------------------------
# quality-bars.md: empty SQLite -> migrated -> demo data -> serving, at most 5 s. Started as
# `dotnet run` starts it (Development: demo data on, background jobs on) but from the published
# build, on a new empty database; timed from the process start to the first 200 of the sign-in
# page. The host migrates and seeds before it listens (StartupTasks), so that 200 means all three.
# Three starts, each on a new database: "seconds" is their median, "runs" all three (the shared VM
# varies by a second from one start to the next).
fresh_base="http://127.0.0.1:$((port + 1))"
if curl -s -o /dev/null --max-time 2 "$fresh_base/"; then
    echo "something already answers on $fresh_base: stop it or set BENCH_PORT" >&2
    exit 1
fi
fresh_runs=()
fresh_errors=0
for run in 1 2 3; do
    fresh="$work/fresh-$run"
    rm -rf "$fresh"
    mkdir -p "$fresh"
    log "fresh start $run on $fresh_base"
    started="$(date +%s.%N)"
    ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="$fresh_base" \
        Database__SqlitePath="$fresh/firesafety.db" Evidence__StoragePath="$fresh/evidence" Logging__FilePath="$fresh/logs/app-.log" \
        dotnet "$dll" --contentRoot "$published" >"$fresh/console.log" 2>&1 &
    server_pid=$!
    status=000
    for _ in $(seq 1 1200); do # up to 60 s, every 50 ms
        status="$(curl -s -o /dev/null -w '%{http_code}' "$fresh_base/Account/Login" || true)"
        [[ "$status" == 200 ]] && break
        kill -0 "$server_pid" 2>/dev/null || break
        sleep 0.05
    done
    serving="$(date +%s.%N)"
    stop_server
    server_pid=""
    if [[ "$status" != 200 ]]; then
        echo "fresh start $run: the sign-in page answered HTTP $status; see $fresh/console.log" >&2
        fresh_errors=$((fresh_errors + 1))
    else
        fresh_runs+=("$(awk -v a="$started" -v b="$serving" 'BEGIN { printf "%.1f", b - a }')")
    fi
done
if [[ ${#fresh_runs[@]} -eq 0 ]]; then
    printf '{"scenario":"fresh-start","seconds":0,"runs":[],"errors":%s}\n' "$fresh_errors"
else
    median="$(printf '%s\n' "${fresh_runs[@]}" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')"
    printf '{"scenario":"fresh-start","seconds":%s,"runs":[%s],"errors":%s}\n' \
        "$median" "$(IFS=,; echo "${fresh_runs[*]}")" "$fresh_errors"
fi
