#!/usr/bin/env bash
# Runs the JMH benchmarks of src/bench/java (issue 5) and prints them against the targets.
#   usage:  src/bench/scripts/jmh.sh [JMH ARGS...]      e.g.  src/bench/scripts/jmh.sh LoadBenchmark -p records=10000
#   default: every benchmark with the iterations and forks set in its annotations (about 5 minutes).
#   output: target/jmh-result.json (JMH's JSON), target/jmh-summary.txt (figures, ratios, machine, load average)
# The machine is shared and noisy: compare the ratios measured in one run, not absolute figures across runs.
set -euo pipefail
cd "$(dirname "$0")/../../.."
JAVA=${JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/}java}
mvn -B -q -Pbench test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench-classpath.txt
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
rm -rf target/bench-data   # generated afresh once, then shared by the forks of this run (-Dbench.reuse)
before=$(cut -d' ' -f1-3 /proc/loadavg)
"$JAVA" -Dbench.reuse=true -cp "$cp" org.openjdk.jmh.Main "$@" -rf json -rff target/jmh-result.json
after=$(cut -d' ' -f1-3 /proc/loadavg)
{
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'),"\
       "$(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo); $("$JAVA" -version 2>&1 | head -1)"
  echo "load average (1, 5, 15 min) before: $before, after: $after"
  "$JAVA" -cp "$cp" app.delegations.bench.JmhSummary target/jmh-result.json
} | tee target/jmh-summary.txt
