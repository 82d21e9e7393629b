#!/usr/bin/env bash
# Writes the world country reference list src/main/resources/app/delegations/data/world-countries.tsv (issue 14)
# from the running JDK's CLDR names and CLDR's likelySubtags (through ICU4J, fetched here, not an app dependency).
# Run once, and again only to move to another CLDR: the committed list was made on JDK 17 (CLDR 39) with
# ICU4J 69.1, the ICU release of the same CLDR 39.
#   usage:  src/bench/scripts/world-countries.sh      (ICU=<version> to use another ICU4J)
set -euo pipefail
cd "$(dirname "$0")/../../.."
ICU=${ICU:-69.1}
JAVA=${JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/}java}
mvn -B -q -Dstyle.color=never dependency:get -Dartifact=com.ibm.icu:icu4j:$ICU -Dtransitive=false
jar="$HOME/.m2/repository/com/ibm/icu/icu4j/$ICU/icu4j-$ICU.jar"
out=src/main/resources/app/delegations/data/world-countries.tsv
"$JAVA" -cp "$jar" src/bench/scripts/WorldCountriesTable.java > "$out.tmp"
mv "$out.tmp" "$out"
echo "$(grep -vc '^#' "$out") lines (header included) in $out"
