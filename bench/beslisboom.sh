#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# JMH benchmark of the AI Act decision-tree engine (module aiact): evaluations of complete answer lists per second,
# and loads + full checks of the shipped tree per second. Single fork, short by default; pass JMH options to change.
#
#   bench/beslisboom.sh [JMH options]      (default: -f 1 -wi 3 -w 2s -i 5 -r 2s)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o test-compile
cp=$(mvn -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
opties=("$@")
if [ ${#opties[@]} -eq 0 ]; then opties=(-f 1 -wi 3 -w 2s -i 5 -r 2s); fi
java -cp "target/test-classes:target/classes:$cp" org.openjdk.jmh.Main 'nl.helder.aiact.BeslisboomBenchmark' "${opties[@]}"
