#!/usr/bin/env bash
# Reactor benchmark: devflow:check against jacoco:check pmd:check spotbugs:check on a reactor of
# four real libraries, one module each (main sources from their sources jars on Maven Central,
# compiled once; JaCoCo execution data from benchmark/reactor/Driver.java run under the agent):
#   lang3 commons-lang3 3.17.0, text commons-text 1.12.0, io commons-io 2.18.0,
#   collections4 commons-collections4 4.4
# Same tool versions and settings as benchmark/run.sh (benchmark/reactor/pom.xml = project.xml as
# a parent pom). Each side with -T 1 and -T 2, every run cold (each tool's results and caches
# removed), in alternating order (plugins, devflow, plugins, devflow, ...); median of RUNS.
# Per run: wall seconds and peak resident memory of the whole mvn process (GNU time -v), plus the
# sampled peak of Maven and its forked JVMs together (spotbugs:check forks SpotBugs).
# Per module: devflow's gate times (target/devflow/report.json, millis), from which the critical
# path on 4, 8 and 16 cores is estimated.
# Usage: benchmark/reactor.sh [RUNS]   (prints Markdown for benchmark/RESULTS.md; not run by CI)
# The work folder is /tmp/devflow-reactor-benchmark (REACTOR_WORK overrides it), removed on start.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
runs=${1:-3}
[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "usage: benchmark/reactor.sh [RUNS]" >&2; exit 2; }
work=${REACTOR_WORK:-/tmp/devflow-reactor-benchmark}
mvn=("$root/mvnw" -B -q)
devflow=dev.devflow:devflow-maven-plugin:0.1.0-SNAPSHOT
plugins=(jacoco:check pmd:check spotbugs:check)
modules=(lang3 text io collections4)
declare -A artifact=([lang3]=org.apache.commons:commons-lang3:3.17.0 [text]=org.apache.commons:commons-text:1.12.0
                     [io]=commons-io:commons-io:2.18.0 [collections4]=org.apache.commons:commons-collections4:4.4)
declare -A package=([lang3]=org.apache.commons.lang3 [text]=org.apache.commons.text
                    [io]=org.apache.commons.io [collections4]=org.apache.commons.collections4)
gates=(coverage lint static-analysis)

for tool in /usr/bin/time jq bc; do
  command -v "$tool" > /dev/null || { echo "reactor.sh needs $tool (apt-get install time jq bc)" >&2; exit 2; }
done
started=$(date +%s)

# the plugin under test as installed; installed only when missing
[ -f "$HOME/.m2/repository/dev/devflow/devflow-maven-plugin/0.1.0-SNAPSHOT/devflow-maven-plugin-0.1.0-SNAPSHOT.jar" ] \
  || "${mvn[@]}" install -DskipTests -Dinvoker.skip

rm -rf "$work" && mkdir -p "$work/.mvn" && cp -r benchmark/reactor/. "$work/" && cp .mvn/jvm.config "$work/.mvn/"
"${mvn[@]}" dependency:copy -Dartifact=org.jacoco:org.jacoco.agent:0.8.15:jar:runtime -DoutputDirectory="$work/agent"
for m in "${modules[@]}"; do
  "${mvn[@]}" dependency:unpack -Dartifact="${artifact[$m]}:jar:sources" \
    -DoutputDirectory="$work/$m/src/main/java" -Dmdep.unpack.excludes='META-INF/**'
done
"${mvn[@]}" -f "$work/pom.xml" compile
classpath=$(printf "$work/%s/target/classes:" "${modules[@]}")
for m in "${modules[@]}"; do
  java -javaagent:"$(ls "$work"/agent/*.jar)"=destfile="$work/$m/target/jacoco.exec",includes="${package[$m]}.*" \
    -cp "$classpath" "$work/Driver.java" "$m" > /dev/null
done
declare -A files lines
for m in "${modules[@]}"; do
  files[$m]=$(find "$work/$m/src/main/java" -name '*.java' | wc -l)
  lines[$m]=$(find "$work/$m/src/main/java" -name '*.java' -print0 | xargs -0 cat | wc -l)
done
"${mvn[@]}" -f "$work/pom.xml" dependency:resolve-plugins dependency:resolve > /dev/null   # downloads out of the timings
prepared=$(date +%s)

# kilobytes resident in process $1 and all its descendants
tree_kb() {
  ps -e -o pid=,ppid=,rss= | awk -v root="$1" '{ parent[$1] = $2; rss[$1] = $3 }
    END { for (p in parent) { q = p; while (q != root && (q in parent)) q = parent[q]; if (q == root) sum += rss[p] }
          print sum + 0 }'
}
# "seconds kilobytes kilobytes cpu-seconds" of one mvn run: wall time and maximum resident set size
# from GNU time (the largest single process of the run), the sampled peak of the whole process tree,
# and the processor time (user + system) of Maven and its forks
measured() {
  local pid peak=0 kb state
  /usr/bin/time -v -o "$work/time.txt" "${mvn[@]}" -f "$work/pom.xml" "$@" > "$work/last.log" 2>&1 &
  pid=$!
  while state=$(ps -o stat= -p "$pid") && [[ $state != Z* ]]; do
    kb=$(tree_kb "$pid"); if ((kb > peak)); then peak=$kb; fi
    sleep 0.5
  done
  wait "$pid" || { cat "$work/last.log" "$work/time.txt" >&2; exit 1; }
  awk -v tree="$peak" -F': ' '
    /Elapsed \(wall clock\) time/ { n = split($NF, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i] }
    /Maximum resident set size/ { kb = $NF }
    /User time \(seconds\)|System time \(seconds\)/ { cpu += $NF }
    END { printf "%.1f %d %d %.1f\n", s, kb, tree, cpu }' "$work/time.txt"
}
# forget every tool's results and caches, keep the classes and the execution data
cold() {
  for m in "${modules[@]}"; do
    rm -rf "$work/$m/target/devflow" "$work/$m/target/pmd" "$work/$m/target/pmd.xml" "$work/$m"/target/spotbugs*
  done
  rm -rf "$work/target"
}
# every module analysed: the plugins' reports, devflow's report with each gate run (not "not applicable")
verify() {
  local m
  for m in "${modules[@]}"; do
    if [ "$1" = plugins ]; then
      [ -f "$work/$m/target/pmd.xml" ] && [ -f "$work/$m/target/spotbugsXml.xml" ] \
        || { echo "$m: no pmd.xml or spotbugsXml.xml after ${plugins[*]}" >&2; exit 1; }
    elif jq -e '[.gates[] | select(.status == "NOT_APPLICABLE" or .status == "SKIPPED")] | length > 0' \
        "$work/$m/target/devflow/report.json" > /dev/null; then
      echo "$m: a gate did not run:" >&2; jq -c '.gates[] | [.gate, .status, .headline]' "$work/$m/target/devflow/report.json" >&2
      exit 1
    fi
  done
}
mb() { echo $(($1 / 1024)); }
median() {
  printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; print m }'
}
ratio() { echo "scale=2; $1 / $2" | bc | sed 's/^\./0./'; }
s1() { echo "scale=1; $1 / 1000" | bc | sed 's/^\./0./'; }

declare -A secs rss tree cpu millis
for ((i = 1; i <= runs; i++)); do
  for t in 1 2; do
    for side in plugins devflow; do
      cold
      if [ "$side" = plugins ]; then goals=("${plugins[@]}"); else goals=("$devflow:check"); fi
      read -r s k tk c <<< "$(measured -T "$t" "${goals[@]}")"
      verify "$side"
      secs[$side$t]+="$s "; rss[$side$t]+="$(mb "$k") "; tree[$side$t]+="$(mb "$tk") "; cpu[$side$t]+="$c "
    done
    for m in "${modules[@]}"; do
      while read -r gate ms; do millis[$t,$m,$gate]+="$ms "; done \
        < <(jq -r '.gates[] | "\(.gate) \(.millis)"' "$work/$m/target/devflow/report.json")
    done
  done
done
finished=$(date +%s)

# shellcheck disable=SC2086
{
  total_files=0; total_lines=0; sizes=""
  for m in "${modules[@]}"; do
    total_files=$((total_files + files[$m])); total_lines=$((total_lines + lines[$m]))
    sizes+="${artifact[$m]#*:} ${files[$m]} files ${lines[$m]} lines, "
  done
  echo "## Reactor benchmark: four modules"
  echo
  echo "Measured $(date -u +%Y-%m-%d) by \`benchmark/reactor.sh $runs\` on $(nproc) cores, $(java -version 2>&1 | head -n 1),"
  echo "$("$root/mvnw" -v 2>/dev/null | head -n 1 | sed 's/ (.*//')."
  echo "Code base: four modules, $total_files source files, $total_lines lines: ${sizes%, }; compiled once"
  echo "(release 17), execution data from \`benchmark/reactor/Driver.java\`. Every run cold, plugins and devflow alternating;"
  echo "median of $runs. Seconds per whole \`mvn\` run (Maven's start-up included). Peak RSS: GNU time's maximum resident"
  echo "set size, which is that of the largest single process of the run (Maven's JVM, or the JVM spotbugs:check forks);"
  echo "Maven + forks: the resident memory of Maven and its forked JVMs together, sampled every 0.5 s."
  echo
  echo "| | plugins -T 1 | devflow -T 1 | ratio | plugins -T 2 | devflow -T 2 | ratio |"
  echo "|---|---|---|---|---|---|---|"
  for row in "wall seconds:secs" "processor seconds (user + system):cpu" "peak RSS MB:rss" "peak RSS MB, Maven + forks:tree"; do
    name=${row%%:*}; line="| $name |"
    for t in 1 2; do
      case ${row#*:} in
        secs) p=$(median ${secs[plugins$t]}); d=$(median ${secs[devflow$t]}) ;;
        rss) p=$(median ${rss[plugins$t]}); d=$(median ${rss[devflow$t]}) ;;
        tree) p=$(median ${tree[plugins$t]}); d=$(median ${tree[devflow$t]}) ;;
        cpu) p=$(median ${cpu[plugins$t]}); d=$(median ${cpu[devflow$t]}) ;;
      esac
      line+=" $p | $d | $(ratio "$d" "$p") |"
    done
    echo "$line"
  done
  echo
  echo "-T 2 against -T 1: plugins $(ratio "$(median ${secs[plugins2]})" "$(median ${secs[plugins1]})"),"
  echo "devflow $(ratio "$(median ${secs[devflow2]})" "$(median ${secs[devflow1]})")."
  echo
  echo "Cores busy on average (processor seconds / wall seconds, medians): plugins -T 1 $(ratio "$(median ${cpu[plugins1]})" "$(median ${secs[plugins1]})"),"
  echo "devflow -T 1 $(ratio "$(median ${cpu[devflow1]})" "$(median ${secs[devflow1]})"), plugins -T 2 $(ratio "$(median ${cpu[plugins2]})" "$(median ${secs[plugins2]})"),"
  echo "devflow -T 2 $(ratio "$(median ${cpu[devflow2]})" "$(median ${secs[devflow2]})") of $(nproc)."
  echo
  echo "All runs (seconds / processor seconds / peak RSS MB / Maven + forks MB):"
  for t in 1 2; do
    for side in plugins devflow; do
      echo "- $side -T $t: ${secs[$side$t]}/ ${cpu[$side$t]}/ ${rss[$side$t]}/ ${tree[$side$t]}"
    done
  done
  echo
  echo "devflow's gates per module (report.json \`millis\`, seconds, median of $runs; check runs a module's gates side by"
  echo "side, so the module takes its longest gate):"
  echo
  echo "| module | -T 1 coverage | lint | static-analysis | module | -T 2 coverage | lint | static-analysis | module |"
  echo "|---|---|---|---|---|---|---|---|---|"
  declare -A module_ms
  for m in "${modules[@]}"; do
    line="| $m |"
    for t in 1 2; do
      longest=0
      for g in "${gates[@]}"; do
        ms=$(median ${millis[$t,$m,$g]}); ms=${ms%.*}
        line+=" $(s1 "$ms") |"; if ((ms > longest)); then longest=$ms; fi
      done
      line+=" $(s1 "$longest") |"; module_ms[$t,$m]=$longest
    done
    echo "$line"
  done
  echo
  sum=0; critical=0; critical_module=""
  for m in "${modules[@]}"; do
    ms=${module_ms[1,$m]}; sum=$((sum + ms))
    if ((ms > critical)); then critical=$ms; critical_module=$m; fi
  done
  echo "More cores, estimated from -T 1 (each module alone, its gates side by side on $(nproc) cores): the critical path is the"
  echo "longest module ($critical_module, $(s1 $critical) s); the modules together take $(s1 $sum) s, shared by the cores as the"
  echo "lower bound. Gates only: Maven's start-up and plugin loading come on top."
  echo
  echo "| cores | critical path | sum / cores | estimate (the larger) |"
  echo "|---|---|---|---|"
  for c in 4 8 16; do
    share=$((sum / c)); bound=$((share > critical ? share : critical))
    echo "| $c | $(s1 $critical) | $(s1 $share) | $(s1 $bound) |"
  done
  echo
  echo "Took $(((finished - started) / 60)) min $(((finished - started) % 60)) s: preparing $((prepared - started)) s,"
  echo "then $(((finished - prepared) / runs)) s per run of the four measurements."
}
