#!/usr/bin/env bash
# Benchmark: devflow:audit on a real dependency set (benchmark/audit/pom.xml: Spring Boot 4.0.7 starters,
# 150+ compile and runtime artifacts) against an OSV Maven export of the real one's size (about 6,000
# records, made by benchmark/audit/make-export.py from the real records in src/test/resources/audit/osv).
#   cold  the export already downloaded and kept (cacheDirectory), devflow's result cache of the module
#         removed (target/devflow): the gate scans the whole zip
#   warm  run again right after, target/devflow kept: the gate reads the matching records from
#         target/devflow/audit-<hash>.cache
# The gate runs through `devflow:check -Ddevflow.check.gates=audit`, offline (-o), so report.json records
# its own time (gates[].millis) beside the whole mvn run's wall time. Cold and warm alternate RUNS times;
# the floor `mvn -o validate` (Maven's start-up and the Spring Boot parent's model, no plugin) once per round.
# Usage: benchmark/audit.sh [RUNS]   (default 3; work folder $AUDIT_BENCHMARK_WORK, default
#        /tmp/devflow-audit-benchmark; $AUDIT_BENCHMARK_RECORDS records, default 6000)
# Needs devflow installed in ~/.m2 (./mvnw install -DskipTests -Dinvoker.skip), python3, jq, bc, curl.
# Prints a Markdown section (also kept as result.md in the work folder) for benchmark/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
runs=${1:-3}
work=${AUDIT_BENCHMARK_WORK:-/tmp/devflow-audit-benchmark}
records=${AUDIT_BENCHMARK_RECORDS:-6000}
mvn=("$root/mvnw" -B)
devflow=dev.devflow:devflow-maven-plugin:0.1.0-SNAPSHOT
for tool in python3 jq bc curl; do
  command -v "$tool" > /dev/null || { echo "audit.sh needs $tool" >&2; exit 2; }
done

rm -rf "$work" && mkdir -p "$work/project" "$work/export"
project=$work/project
cp benchmark/audit/pom.xml "$project/pom.xml"

# Resolve the project once (online: downloads what ~/.m2 lacks), out of the timings.
"${mvn[@]}" -q -f "$project/pom.xml" dependency:list -DoutputFile="$work/dependencies.txt" > "$work/resolve.log" 2>&1 \
  || { cat "$work/resolve.log" >&2; exit 1; }
artifacts=$(grep -cE ':(compile|runtime)( |$)' "$work/dependencies.txt")

# The export, served once on loopback so that devflow downloads it into its cache folder as it would the real one.
export_stats=$(python3 benchmark/audit/make-export.py "$work/dependencies.txt" "$work/export/all.zip" --records "$records")
exported() { echo "$export_stats" | jq -r ".$1"; }
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
url=http://127.0.0.1:$port/all.zip
python3 -m http.server --bind 127.0.0.1 --directory "$work/export" "$port" > "$work/http.log" 2>&1 &
server=$!
trap 'kill "$server" 2> /dev/null || true' EXIT
for ((i = 0; i < 50; i++)); do
  curl -sf -o /dev/null -I "$url" && break
  sleep 0.1
done
audit=(-Ddevflow.check.gates=audit -Ddevflow.audit.exportUrl="$url" -Ddevflow.audit.cacheDirectory="$work/osv")
"${mvn[@]}" -f "$project/pom.xml" "$devflow:check" "${audit[@]}" > "$work/download.log" 2>&1 \
  || { cat "$work/download.log" >&2; exit 1; }
kill "$server"; wait "$server" 2> /dev/null || true
trap - EXIT
[[ -f $work/osv/all.zip && -f $work/osv/all.properties ]] || { echo "the export was not downloaded" >&2; exit 1; }

# "millis seconds" of one offline check run: the audit gate's time from report.json, and the whole mvn run
last_ms=0; last_s=0
timed() {
  local start end
  start=$(date +%s.%N)
  "${mvn[@]}" -o -f "$project/pom.xml" "$@" > "$work/last.log" 2>&1 || { cat "$work/last.log" >&2; exit 1; }
  end=$(date +%s.%N)
  last_s=$(printf '%.2f' "$(echo "$end - $start" | bc)")
}
gate() {
  timed "$devflow:check" "${audit[@]}"
  last_ms=$(jq '.gates[] | select(.gate == "audit") | .millis' "$project/target/devflow/report.json")
  headline=$(jq -r '.gates[] | select(.gate == "audit") | .headline' "$project/target/devflow/report.json")
  read_records=$(jq '.gates[] | select(.gate == "audit") | .details.advisoriesRead' "$project/target/devflow/report.json")
}
# other builds on the machine: Java processes running when a run starts (ours has ended by then)
others() { { pgrep -x java || true; } | wc -l; }
cache_file() { ls "$project"/target/devflow/audit-*.cache 2> /dev/null | head -n 1; }
median() {
  printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; print m }'
}
s2() { printf '%.2f' "$(echo "scale=3; $1 / 1000" | bc)"; }
met() { if (($(echo "$1 < $2" | bc))); then echo "met"; else echo "missed"; fi; }

cold_ms=(); cold_s=(); warm_ms=(); warm_s=(); floor_s=(); busy=(); hits=()
for ((i = 1; i <= runs; i++)); do
  busy+=("$(others)"); timed validate; floor_s+=("$last_s")
  rm -rf "$project/target/devflow"
  busy+=("$(others)"); gate; cold_ms+=("$last_ms"); cold_s+=("$last_s")
  before=$(stat -c '%i %.9Y' "$(cache_file)")
  busy+=("$(others)"); gate; warm_ms+=("$last_ms"); warm_s+=("$last_s")
  # the warm run answered from the result cache when it left the file as the cold run wrote it
  [[ $(stat -c '%i %.9Y' "$(cache_file)") == "$before" ]] && hits+=(kept) || hits+=(rewritten)
done

cold_med=$(median "${cold_ms[@]}"); warm_med=$(median "${warm_ms[@]}")
zip_mb=$(printf '%.1f' "$(echo "scale=2; $(exported zip_bytes) / 1048576" | bc)")
json_mb=$(printf '%.1f' "$(echo "scale=2; $(exported json_bytes) / 1048576" | bc)")
{
  echo "## Audit: devflow:audit on $artifacts dependencies against a $(exported records)-record OSV export"
  echo
  echo "Measured $(date -u +%Y-%m-%d) by \`benchmark/audit.sh $runs\` on $(nproc) cores, $(java -version 2>&1 | head -n 1),"
  echo "$("${mvn[@]}" -v 2>/dev/null | head -n 1 | sed 's/\x1b\[[0-9;]*m//g; s/ (.*//')."
  echo "Project: \`benchmark/audit/pom.xml\`, Spring Boot 4.0.7's parent with 15 starters and the PostgreSQL driver:"
  echo "$artifacts compile and runtime artifacts (\`mvn dependency:list\`), $(exported project_packages) distinct groupId:artifactId."
  echo "Export: $(exported records) records, $zip_mb MB zip ($json_mb MB of JSON), made by \`benchmark/audit/make-export.py\` from"
  echo "the 7 real records in \`src/test/resources/audit/osv\` with new ids and package names: $(exported matching) name a"
  echo "package of the project with ranges that miss its version, $(exported affecting) affect a resolved version (LOW/MEDIUM,"
  echo "so the build passes with warnings), $(exported withdrawn) are withdrawn, the rest name packages not in the project."
  echo "Served once on loopback and downloaded by devflow into its cache folder; every measured run is offline (\`-o\`)"
  echo "and reads that copy. The gate read $read_records records (\`advisoriesRead\`): \"$headline\"."
  echo
  echo "| | cold (export kept, target/devflow removed) | warm (target/devflow kept) |"
  echo "|---|---|---|"
  echo "| the gate inside the build (report.json \`millis\`), median | $(s2 "$cold_med") s | $(s2 "$warm_med") s |"
  echo "| whole \`mvn -o devflow:check -Ddevflow.check.gates=audit\`, median | $(median "${cold_s[@]}") s | $(median "${warm_s[@]}") s |"
  echo
  echo "Targets: cold under 2 s of gate time: $(met "$cold_med" 2000) ($(s2 "$cold_med") s); warm under 0.3 s of gate"
  echo "time: $(met "$warm_med" 300) ($(s2 "$warm_med") s)."
  echo
  echo "All runs, in order (gate ms / whole run s): cold $(for j in "${!cold_ms[@]}"; do printf '%s/%s ' "${cold_ms[$j]}" "${cold_s[$j]}"; done | sed 's/ $//');"
  echo "warm $(for j in "${!warm_ms[@]}"; do printf '%s/%s ' "${warm_ms[$j]}" "${warm_s[$j]}"; done | sed 's/ $//')."
  echo "The warm runs' result cache file: ${hits[*]} (kept = left as the cold run wrote it)."
  echo "Floor, \`mvn -o validate\` on the same project (no plugin, no dependency resolution): ${floor_s[*]} s."
  echo "Other Java processes (another build) running at the start of each run (validate, cold, warm per round): ${busy[*]}."
} > "$work/result.md"
cat "$work/result.md"
