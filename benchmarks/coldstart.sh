#!/usr/bin/env bash
# Times N fresh processes of `ahx1x evaluate` on one sample document against a hello-world
# dotnet console, both published Release to a temporary folder, and reports min/median/max.
#   benchmarks/coldstart.sh [N] [extra publish properties for ahx1x, e.g. -p:PublishReadyToRun=false]
# Needs only the .NET SDK; writes nothing outside a temporary folder.
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
dotnet publish "$root/src/Ahx1X.Demo" -c Release -o "$work/ahx1x-out" -r linux-x64 --self-contained false "$@" -nologo -v q > /dev/null

# Prints min, median and max wall milliseconds of N runs of a command.
time_runs() {
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    "$@" > /dev/null 2>&1 || true
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { printf "%d %d %d\n", a[1], a[int((NR + 1) / 2)], a[NR] }'
}

read -r hmin hmed hmax < <(time_runs "$work/hello-out/hello")
read -r amin amed amax < <(time_runs "$work/ahx1x-out/ahx1x" evaluate "$sample")
echo "runs: $runs; ahx1x publish options: ${*:-(csproj defaults)}"
echo "| process | min ms | median ms | max ms |"
echo "|---|---:|---:|---:|"
echo "| hello world | $hmin | $hmed | $hmax |"
echo "| ahx1x evaluate $(basename "$sample") | $amin | $amed | $amax |"
awk -v a="$amed" -v h="$hmed" 'BEGIN { printf "median ratio: %.1fx\n", a / h }'
