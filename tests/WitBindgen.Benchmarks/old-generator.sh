#!/usr/bin/env bash
# Builds the code generator (generator/WitBindgen.Wit and generator/WitBindgen.CodeGen) as it was at a past
# commit, for GeneratorComparisonBenchmarks to load beside the generator of the checkout. The two projects are
# taken with `git archive` (with the root build settings they inherit) into obj/old-generator/src and built in
# Release into obj/old-generator/bin, assembly names unchanged; obj/old-generator/REV records the commit.
# Usage: tests/WitBindgen.Benchmarks/old-generator.sh [rev]   (default: 1923147, before the binding plan)
set -euo pipefail

rev="${1:-1923147}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(git -C "$here" rev-parse --show-toplevel)"
commit="$(git -C "$repo" rev-parse --verify --quiet "$rev^{commit}")" || { echo "old-generator.sh: unknown revision '$rev'" >&2; exit 1; }
out="$here/obj/old-generator"

rm -rf "$out"
mkdir -p "$out/src"
git -C "$repo" archive --format=tar "$commit" Directory.Build.props nuget.config generator/WitBindgen.Wit generator/WitBindgen.CodeGen \
    | tar -x -C "$out/src"
dotnet build "$out/src/generator/WitBindgen.CodeGen/WitBindgen.CodeGen.csproj" -c Release -o "$out/bin" --nologo -v q
echo "$commit" > "$out/REV"
echo "old generator at ${commit:0:7} built in $out/bin"
