#!/usr/bin/env bash
# Benchmark: devflow:lint against maven-pmd-plugin 3.28.0's pmd:check, both on PMD 7.27.0 with
# maven-pmd-plugin's default rule set, on commons-lang3 3.17.0's sources (249 files, 97,613
# lines), cold (no cache) and, for devflow, warm (its incremental cache kept, nothing changed).
# Each measurement is a whole `mvn` run, Maven's start-up included, best of RUNS.
# Usage: benchmark/lint.sh [RUNS]   (writes benchmark/lint-result.md)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
runs=${1:-3}
work=$root/target/benchmark-lint
mvn=("$root/mvnw" -B -q)

"${mvn[@]}" install -DskipTests -Dinvoker.skip
rm -rf "$work" && mkdir -p "$work"
"${mvn[@]}" dependency:unpack -Dartifact=org.apache.commons:commons-lang3:3.17.0:jar:sources \
  -DoutputDirectory="$work/src/main/java" -Dmdep.unpack.excludes='META-INF/**'
cp benchmark/lint-project.xml "$work/pom.xml"
files=$(find "$work/src/main/java" -name '*.java' | wc -l)
lines=$(find "$work/src/main/java" -name '*.java' -print0 | xargs -0 cat | wc -l)

# seconds of one mvn run
timed() {
  local start end
  start=$(date +%s.%N)
  "${mvn[@]}" -f "$work/pom.xml" "$@" > "$work/last.log" 2>&1 || { cat "$work/last.log"; exit 1; }
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}
best() { printf '%s\n' "$@" | sort -n | head -n 1; }

"${mvn[@]}" -f "$work/pom.xml" dependency:resolve-plugins > /dev/null  # downloads out of the timings
pmd=(); cold=(); warm=()
for ((i = 1; i <= runs; i++)); do
  rm -rf "$work/target"; pmd+=("$(timed pmd:check)")
  rm -rf "$work/target"; cold+=("$(timed dev.devflow:devflow-maven-plugin:0.1.0-SNAPSHOT:lint)")
  warm+=("$(timed dev.devflow:devflow-maven-plugin:0.1.0-SNAPSHOT:lint)")
done
violations_pmd=$(grep -c '<violation' "$work/target/pmd.xml" || true)
violations_devflow=$(grep -c '"rule": "lint\.' "$work/target/devflow/lint.json" || true)

p=$(best "${pmd[@]}"); c=$(best "${cold[@]}"); w=$(best "${warm[@]}")
result=benchmark/lint-result.md
{
  echo "# devflow:lint against pmd:check"
  echo
  echo "Measured $(date -u +%Y-%m-%d) by \`benchmark/lint.sh $runs\` on $(nproc) cores, $(java -version 2>&1 | head -n 1)."
  echo "Code base: commons-lang3 3.17.0 sources, $files files, $lines lines. PMD 7.27.0 in both, maven-pmd-plugin's default rule set."
  echo "Seconds per whole \`mvn\` run (start-up included), best of $runs."
  echo
  echo "| run | seconds | violations |"
  echo "|---|---|---|"
  echo "| pmd:check (maven-pmd-plugin 3.28.0), cold | $p | $violations_pmd |"
  echo "| devflow:lint, cold (no cache) | $c | $violations_devflow |"
  echo "| devflow:lint, warm (cache, no change) | $w | $violations_devflow |"
  echo
  echo "Cold: devflow / pmd:check = $(echo "scale=2; $c / $p" | bc). Warm speed-up over cold: $(echo "scale=1; $c / $w" | bc)x."
  echo "All runs: pmd:check ${pmd[*]}; devflow cold ${cold[*]}; devflow warm ${warm[*]}."
} > "$result"
cat "$result"
