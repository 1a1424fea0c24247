#!/usr/bin/env bash
# Benchmark: devflow's gates against the plugins they replace, on commons-lang3 3.17.0
# (249 source files, 97,613 lines; its released classes; execution data from a small driver):
#   lint             devflow:lint            vs pmd:check      (maven-pmd-plugin 3.28.0, PMD 7.27.0 in both)
#   static-analysis  devflow:static-analysis vs spotbugs:check (spotbugs-maven-plugin 4.10.4.1, FindSecBugs 1.14.0 in both)
#   all gates        devflow:check           vs jacoco:check pmd:check spotbugs:check in one mvn run
# Cold: no cache (each tool's cache removed). Warm: devflow's caches kept, nothing changed.
# Each number is one whole `mvn` run, Maven's start-up included; best of RUNS.
# Usage: benchmark/run.sh [RUNS]   (writes benchmark/RESULTS.md; not run by CI)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
runs=${1:-3}
work=$root/target/benchmark
mvn=("$root/mvnw" -B -q)
devflow=dev.devflow:devflow-maven-plugin:0.1.0-SNAPSHOT

"${mvn[@]}" install -DskipTests -Dinvoker.skip
rm -rf "$work" && mkdir -p "$work/target/classes"
"${mvn[@]}" dependency:unpack -Dartifact=org.apache.commons:commons-lang3:3.17.0:jar:sources \
  -DoutputDirectory="$work/src/main/java" -Dmdep.unpack.excludes='META-INF/**'
"${mvn[@]}" dependency:unpack -Dartifact=org.apache.commons:commons-lang3:3.17.0:jar \
  -DoutputDirectory="$work/target/classes" -Dmdep.unpack.excludes='META-INF/**'
"${mvn[@]}" dependency:copy -Dartifact=org.jacoco:org.jacoco.agent:0.8.15:jar:runtime -DoutputDirectory="$work/agent"
cp benchmark/project.xml "$work/pom.xml"
java -javaagent:"$(ls "$work"/agent/*.jar)"=destfile="$work/target/jacoco.exec" -cp "$work/target/classes" \
  benchmark/Driver.java > /dev/null
files=$(find "$work/src/main/java" -name '*.java' | wc -l)
lines=$(find "$work/src/main/java" -name '*.java' -print0 | xargs -0 cat | wc -l)
"${mvn[@]}" -f "$work/pom.xml" dependency:resolve-plugins > /dev/null   # downloads out of the timings

# seconds of one mvn run
timed() {
  local start end
  start=$(date +%s.%N)
  "${mvn[@]}" -f "$work/pom.xml" "$@" > "$work/last.log" 2>&1 || { cat "$work/last.log"; exit 1; }
  end=$(date +%s.%N)
  printf '%.1f' "$(echo "$end - $start" | bc)"
}
# forget every tool's results and caches, keep the classes and the execution data
cold() { rm -rf "$work/target/devflow" "$work/target/pmd" "$work/target/pmd.xml" "$work"/target/spotbugs*; }
best() { printf '%s\n' "$@" | sort -n | head -n 1; }
ratio() { echo "scale=2; $1 / $2" | bc | sed 's/^\./0./'; }

pmd=(); lint_cold=(); lint_warm=(); sb=(); sa_cold=(); sa_warm=(); three=(); check_cold=(); check_warm=()
for ((i = 1; i <= runs; i++)); do
  cold; pmd+=("$(timed pmd:check)")
  cold; lint_cold+=("$(timed $devflow:lint)"); lint_warm+=("$(timed $devflow:lint)")
  cold; sb+=("$(timed spotbugs:check)")
  # through check, whose failOnError=false lets the bugs commons-lang3 has pass
  cold; sa_cold+=("$(timed $devflow:check -Dbenchmark.gates=static-analysis)")
  sa_warm+=("$(timed $devflow:check -Dbenchmark.gates=static-analysis)")
  cold; three+=("$(timed jacoco:check pmd:check spotbugs:check)")
  cold; check_cold+=("$(timed $devflow:check)"); check_warm+=("$(timed $devflow:check)")
done

result=benchmark/RESULTS.md
{
  echo "# Benchmark: devflow's gates against the plugins they replace"
  echo
  echo "Measured $(date -u +%Y-%m-%d) by \`benchmark/run.sh $runs\` on $(nproc) cores, $(java -version 2>&1 | head -n 1)."
  echo "Code base: commons-lang3 3.17.0, $files source files, $lines lines, its released classes, execution data from"
  echo "\`benchmark/Driver.java\`. Seconds per whole \`mvn\` run (Maven's start-up included), best of $runs; all runs listed below."
  echo
  echo "| step | the plugins | devflow cold | devflow warm | cold ratio | warm speed-up |"
  echo "|---|---|---|---|---|---|"
  p=$(best "${pmd[@]}"); c=$(best "${lint_cold[@]}"); w=$(best "${lint_warm[@]}")
  echo "| lint: pmd:check vs devflow:lint | $p | $c | $w | $(ratio "$c" "$p") | $(ratio "$c" "$w")x |"
  p=$(best "${sb[@]}"); c=$(best "${sa_cold[@]}"); w=$(best "${sa_warm[@]}")
  echo "| static analysis: spotbugs:check vs devflow:static-analysis | $p | $c | $w | $(ratio "$c" "$p") | $(ratio "$c" "$w")x |"
  p=$(best "${three[@]}"); c=$(best "${check_cold[@]}"); w=$(best "${check_warm[@]}")
  echo "| all: jacoco:check pmd:check spotbugs:check vs devflow:check | $p | $c | $w | $(ratio "$c" "$p") | $(ratio "$c" "$w")x |"
  echo
  echo "Targets (issues 4, 5, 7): lint cold no slower than pmd:check and warm at least 5x faster than cold;"
  echo "static analysis cold at most 0.8x spotbugs:check and warm at least 5x faster; check cold at most 0.6x the three."
  echo
  echo "All runs (seconds): pmd:check ${pmd[*]}; devflow:lint cold ${lint_cold[*]}, warm ${lint_warm[*]};"
  echo "spotbugs:check ${sb[*]}; devflow:static-analysis cold ${sa_cold[*]}, warm ${sa_warm[*]};"
  echo "three plugins ${three[*]}; devflow:check cold ${check_cold[*]}, warm ${check_warm[*]}."
} > "$result"
cat "$result"
