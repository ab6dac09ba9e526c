#!/usr/bin/env bash
# Times N fresh processes of `ahx1x evaluate` on one sample document against a hello-world
# dotnet console, both published Release to a temporary folder, and reports min/median/max.
#   benchmarks/coldstart.sh [N] [extra publish options for ahx1x, e.g. -p:SelfContained=false for a
#                                 framework-dependent ReadyToRun publish instead of the shipped self-contained composite]
# Needs only the .NET SDK; writes nothing outside a temporary folder. The two are run alternately,
# so load from other processes lands on both alike, and the load average is printed beside the figures.
set -euo pipefail
runs=${1:-20}
shift || true
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sample="$root/samples/documents/applications-accepted.json"

mkdir -p "$work/hello"
cat > "$work/hello/hello.csproj" <<'XML'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings></PropertyGroup>
</Project>
XML
echo 'Console.WriteLine("Hello, World!");' > "$work/hello/Program.cs"
dotnet publish "$work/hello" -c Release -o "$work/hello-out" -p:UseAppHost=true -nologo -v q > /dev/null
# The publish builds in folders of its own, leaving the projects' obj/ folders as they were.
dotnet publish "$root/src/Ahx1X.Demo" -c Release -o "$work/ahx1x-out" -r linux-x64 --artifacts-path "$work/artifacts" "$@" -nologo -v q > /dev/null

hello=("$work/hello-out/hello")
ahx1x=("$work/ahx1x-out/ahx1x" evaluate "$sample")
# A run that fails would time its failure: check both once first (evaluate exits 0 on this sample).
for command in hello ahx1x; do
  declare -n run=$command
  if ! "${run[@]}" > /dev/null 2> "$work/stderr"; then
    echo "coldstart.sh: '${run[*]}' failed; nothing was timed:" >&2
    cat "$work/stderr" >&2
    exit 2
  fi
done

# Prints the wall milliseconds of one run of a command.
time_once() {
  local start end
  start=$(date +%s%N)
  "$@" > /dev/null 2>&1
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

# Prints min, median and max of numbers, one a line.
summary() {
  sort -n | awk '{ a[NR] = $1 } END { printf "%d %d %d\n", a[1], a[int((NR + 1) / 2)], a[NR] }'
}

# The two alternate, run by run, so that load from other processes lands on both alike.
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for _ in $(seq "$runs"); do
  time_once "${hello[@]}" >> "$work/hello.ms"
  time_once "${ahx1x[@]}" >> "$work/ahx1x.ms"
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
read -r hmin hmed hmax < <(summary < "$work/hello.ms")
read -r amin amed amax < <(summary < "$work/ahx1x.ms")
echo "runs: $runs, alternating; ahx1x publish options: ${*:-(csproj defaults)}; load average before: $load_before, after: $load_after"
echo "| process | min ms | median ms | max ms |"
echo "|---|---:|---:|---:|"
echo "| hello world | $hmin | $hmed | $hmax |"
echo "| ahx1x evaluate $(basename "$sample") | $amin | $amed | $amax |"
awk -v a="$amed" -v h="$hmed" 'BEGIN { printf "median ratio: %.1fx\n", a / h }'
