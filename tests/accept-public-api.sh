#!/usr/bin/env bash
# Accepts the public API listings of WitBindgen.Runtime and WitBindgen.Types in one command: runs PublicApiTests
# (which write a *.received.txt beside each *.approved.txt that no longer matches, or does not exist yet) and
# moves every received listing over its approved one. Review the result with `git diff` before committing.
# Usage: tests/accept-public-api.sh            run the tests, then accept what they received
#        tests/accept-public-api.sh --no-run   only accept the *.received.txt files already there
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
listings=WitBindgen.Runtime.Tests/PublicApi

if [[ "${1:-}" != "--no-run" ]]; then
    # A failure here is expected: it is a listing that changed.
    dotnet test WitBindgen.Runtime.Tests/WitBindgen.Runtime.Tests.csproj --filter "FullyQualifiedName~PublicApiTests" --nologo -v q || true
fi

accepted=0
for received in "$listings"/*.received.txt; do
    [[ -e "$received" ]] || continue
    mv -f "$received" "${received%.received.txt}.approved.txt"
    echo "accepted $received"
    accepted=$((accepted + 1))
done
echo "$accepted listing(s) accepted"
