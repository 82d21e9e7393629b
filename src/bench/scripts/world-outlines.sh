#!/usr/bin/env bash
# Writes the map's country outlines src/main/resources/app/delegations/ui/map/world-50m.txt (issue 16) from
# Natural Earth 1:50m (public domain) as the npm package world-atlas ships it (TopoJSON, countries-50m.json).
# Run once, and again only to move to another Natural Earth release: the committed file was made from
# world-atlas 2.0.2 with ICU4J 69.1 (ISO numeric -> alpha-2) and Jackson 2.20.1 (reading the TopoJSON).
# One deviation from Natural Earth's default (de facto) edition: Crimea and Sevastopol are drawn as part of Ukraine,
# merged into its mainland outline (Poland's, the EU's and UN GA resolution 68/262's position; WorldOutlinesTable).
#   usage:  src/bench/scripts/world-outlines.sh      (ATLAS=<version> for another world-atlas)
set -euo pipefail
cd "$(dirname "$0")/../../.."
ATLAS=${ATLAS:-2.0.2}
ICU=${ICU:-69.1}
JACKSON=${JACKSON:-2.20.1}
JAVA=${JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/}java}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack -q "world-atlas@$ATLAS" >/dev/null && tar xzf "world-atlas-$ATLAS.tgz")
m2="$HOME/.m2/repository"
for a in com.ibm.icu:icu4j:$ICU com.fasterxml.jackson.core:jackson-databind:$JACKSON \
         com.fasterxml.jackson.core:jackson-core:$JACKSON com.fasterxml.jackson.core:jackson-annotations:2.20; do
  mvn -B -q -Dstyle.color=never dependency:get -Dartifact=$a -Dtransitive=false
done
cp="$m2/com/ibm/icu/icu4j/$ICU/icu4j-$ICU.jar:$m2/com/fasterxml/jackson/core/jackson-databind/$JACKSON/jackson-databind-$JACKSON.jar"
cp="$cp:$m2/com/fasterxml/jackson/core/jackson-core/$JACKSON/jackson-core-$JACKSON.jar"
cp="$cp:$m2/com/fasterxml/jackson/core/jackson-annotations/2.20/jackson-annotations-2.20.jar"
out=src/main/resources/app/delegations/ui/map/world-50m.txt
"$JAVA" -cp "$cp" src/bench/scripts/WorldOutlinesTable.java "$tmp/package/countries-50m.json" "$ATLAS" > "$out.tmp"
mv "$out.tmp" "$out"
echo "$(grep -vc '^#' "$out") lines (the scale line included), $(wc -c < "$out") bytes in $out"
