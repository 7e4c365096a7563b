#!/usr/bin/env bash
# Runs every test of Happy Buttons: installs the Debian packages the tests need (as root), builds the
# solution (which runs npm ci for the front-end assets), runs all tests and prints a summary.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v dotnet >/dev/null || { echo "The .NET 10 SDK is required (dotnet on PATH)." >&2; exit 1; }
command -v npm >/dev/null || { echo "node and npm are required to build the front-end assets." >&2; exit 1; }

# Browser tests use Debian's Chromium; mail tests start their own Dovecot and Postfix, storage tests their own PostgreSQL
# (PDF text is read in-process).
bash scripts/install-packages.sh chromium fonts-dejavu-core dovecot-core dovecot-imapd postfix openssl postgresql

results="$(pwd)/TestResults"
rm -rf "$results"
dotnet build HappyButtons.sln -c Debug -nologo -clp:ErrorsOnly
status=0
dotnet test HappyButtons.sln --no-build -nologo --results-directory "$results" \
    --logger "trx;LogFileName=results.trx" --logger "console;verbosity=normal" -- RunConfiguration.TreatNoTestsAsError=true || status=$?

python3 - "$results" <<'PY' || true
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = 0
failures = []
for path in glob.glob(sys.argv[1] + "/**/*.trx", recursive=True):
    counters = ET.parse(path).getroot().find("t:ResultSummary/t:Counters", ns)
    passed += int(counters.get("passed", 0))
    failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0))
    skipped += int(counters.get("notExecuted", 0))
    for result in ET.parse(path).getroot().iter("{%s}UnitTestResult" % ns["t"]):
        if result.get("outcome") not in ("Passed", "NotExecuted"):
            message = result.find("t:Output/t:ErrorInfo/t:Message", ns)
            stack = result.find("t:Output/t:ErrorInfo/t:StackTrace", ns)
            failures.append((result.get("testName"), (message.text or "") if message is not None else "",
                             (stack.text or "") if stack is not None else ""))
for name, message, stack in failures:
    print(f"\nFAILED {name}\n{message.strip()[:3000]}\n{stack.strip()[:2000]}")
print(f"\nSummary: {passed} passed, {failed} failed, {skipped} skipped")
PY
echo "Screenshots of the browser tests: HappyButtons.Tests/bin/Debug/net10.0/screenshots/"
exit $status
