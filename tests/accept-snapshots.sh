#!/usr/bin/env bash
# Accepts the generated-code snapshots in one command: runs the snapshot tests of every test project that has
# them (they write a *.received.cs or *.received.wit beside each *.approved.cs or *.approved.wit that no longer
# matches, or that does not exist yet) and moves every received file over its approved file.
# Review the result with `git diff` before committing.
# Usage: tests/accept-snapshots.sh            run the snapshot tests, then accept what they received
#        tests/accept-snapshots.sh --no-run   only accept the received files already there
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"

if [[ "${1:-}" != "--no-run" ]]; then
    # Every test project with approved snapshots (a Snapshots/Approved folder). Failures are expected here:
    # each one is a snapshot that changed.
    for approved in */Snapshots/Approved; do
        project=${approved%%/*}
        dotnet test "$project/$project.csproj" --filter "FullyQualifiedName~Snapshot" --nologo -v q || true
    done
fi

accepted=0
while IFS= read -r -d '' received; do
    extension=${received##*.}
    mv -f "$received" "${received%.received.$extension}.approved.$extension"
    echo "accepted ${received#./}"
    accepted=$((accepted + 1))
done < <(find . \( -name '*.received.cs' -o -name '*.received.wit' \) -not -path '*/bin/*' -not -path '*/obj/*' -print0 | sort -z)

echo "$accepted snapshot(s) accepted"
