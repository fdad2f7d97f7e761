#!/usr/bin/env bash
# bench/batch.sh: batch throughput and peak memory of `pith -o OUT_DIR`.
#
# Usage (from the repository root): bench/batch.sh [CORPUS] [PITH]
#   CORPUS  default ../shared/corpus: every <dataset>/<renderer>/*.txt page
#   PITH    default build/pith
# Runs the whole batch with -j1 and -j2, each with and without template
# learning, and prints wall time, pages/s, MB/s, peak RSS (GNU time's
# maximum resident set size) and the -j2/-j1 speed-up. DESIGN.md section 8
# targets: speed-up >= 1.8 on 2 cores; peak RSS < 50 MB with --no-template
# and < 100 MB with templates for 10,000 pages. "CPU s" (user + system) shows
# how much work each run did: on a machine busy with other jobs the wall-clock
# speed-up cannot reach 2, but equal CPU seconds at -j1 and -j2 show that the
# threads do not get in each other's way. A last control line runs the same
# pages as two single-thread processes side by side: the speed-up the machine
# itself allows two independent jobs, and the -o OUT_DIR runs are repeated
# with the outputs on /dev/shm (tmpfs): the cost of creating files on disk.
#
# Every run writes a new output tree, and the trees are removed only at the
# end: on ext4 without a journal (this machine's root file system) a new
# inode is searched for past every inode deleted in the last minutes, so a
# run that followed the removal of the previous run's 9,000 files paid for
# that removal (several CPU seconds in the kernel's recently_deleted), and
# the -j2 runs, which each followed one, were measured slower than they are.
# Files other jobs removed recently still cost every run alike; "sys" shows
# how much.
set -euo pipefail

corpus=${1:-../shared/corpus}
pith=${2:-build/pith}
[[ -x $pith ]] || { echo "bench/batch.sh: no pith binary at $pith (build it first)" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "bench/batch.sh: needs GNU time (Debian package time)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# One input tree whose top directories are the corpus's <dataset>/<renderer>
# folders (symbolic links, which pith follows), so the batch reads exactly
# those pages and every output path is distinct.
mkdir "$work/in"
pages=0
bytes=0
for dir in "$corpus"/*/*/; do
  dir=${dir%/}
  compgen -G "$dir/*.txt" > /dev/null || continue
  name="$(basename "$(dirname "$dir")")_$(basename "$dir")"
  ln -s "$(cd "$dir" && pwd)" "$work/in/$name"
  pages=$((pages + $(find -L "$work/in/$name" -maxdepth 1 -name '*.txt' | wc -l)))
  bytes=$((bytes + $(find -L "$work/in/$name" -maxdepth 1 -name '*.txt' -printf '%s\n' | awk '{s+=$1} END {print s+0}')))
done
calc() { awk "BEGIN { print $1 }"; }
printf 'corpus: %s: %d pages, %.1f MB\n' "$corpus" "$pages" "$(calc "$bytes / 1000000")"
printf '%-26s %8s %9s %8s %10s %9s %7s\n' "run" "seconds" "pages/s" "MB/s" "peak RSS" "CPU s" "sys"

declare -A seconds
for templates in off on; do
  for jobs in 1 2; do
    flags=(-q -j "$jobs" --now 2025-01-01 -o "$work/out-$templates-$jobs")
    [[ $templates == off ]] && flags+=(--no-template)
    /usr/bin/time -f '%e %M %U %S' -o "$work/time" "$pith" "${flags[@]}" "$work/in" || true
    read -r wall rss_kb user sys < "$work/time"
    seconds[$templates$jobs]=$wall
    printf '%-26s %8.2f %9.1f %8.2f %7.1f MB %9.2f %7.2f\n' "-j$jobs templates $templates" "$wall" \
      "$(calc "$pages / $wall")" "$(calc "$bytes / 1000000 / $wall")" "$(calc "$rss_kb / 1024")" \
      "$(calc "$user + $sys")" "$sys"
  done
done
for templates in off on; do
  printf 'speed-up -j2/-j1, templates %s: %.2fx\n' "$templates" \
    "$(calc "${seconds[${templates}1]} / ${seconds[${templates}2]}")"
done

# Control: the same pages as two halves (alternate files) cleaned by two
# single-thread pith processes side by side, which share nothing but the
# machine. If they scale no better than one process with -j2, the ceiling is
# the machine (shared caches, memory bandwidth, clock), not pith's threads.
# JSON Lines into one file each, so that file names never collide.
mapfile -t files < <(find -L "$work/in" -name '*.txt' | sort)
half_a=()
half_b=()
for k in "${!files[@]}"; do
  if ((k % 2)); then half_b+=("${files[$k]}"); else half_a+=("${files[$k]}"); fi
done
control() {  # control NAME COMMAND...: seconds[NAME] = wall seconds of COMMAND
  local name=$1 start end
  shift
  start=$(date +%s.%N)
  "$@"
  end=$(date +%s.%N)
  seconds[$name]=$(calc "$end - $start")
}
jsonl=(-q --no-template --now 2025-01-01 --format jsonl)
one_process() { "$pith" "${jsonl[@]}" -j "$1" -o "$work/all.jsonl" "$work/in"; }
two_processes() {
  "$pith" "${jsonl[@]}" -j 1 -o "$work/a.jsonl" "${half_a[@]}" &
  "$pith" "${jsonl[@]}" -j 1 -o "$work/b.jsonl" "${half_b[@]}"
  wait
}
control one1 one_process 1
control one2 one_process 2
control two two_processes
# And the -o OUT_DIR run with its outputs in memory (tmpfs), to tell the cost
# of creating thousands of files on the work folder's file system.
if [[ -d /dev/shm && -w /dev/shm ]]; then
  shm=$(mktemp -d /dev/shm/pith-bench.XXXXXX)
  to_shm() { "$pith" -q --no-template --now 2025-01-01 -j "$1" -o "$shm/out-$1" "$work/in"; }
  control shm1 to_shm 1
  control shm2 to_shm 2
  rm -rf "$shm"
fi
printf 'control, jsonl, no templates: one process -j1 %.2f s, -j2 %.2f s (%.2fx), two -j1 processes side by side %.2f s (%.2fx)\n' \
  "${seconds[one1]}" "${seconds[one2]}" "$(calc "${seconds[one1]} / ${seconds[one2]}")" \
  "${seconds[two]}" "$(calc "${seconds[one1]} / ${seconds[two]}")"
if [[ -n ${seconds[shm2]:-} ]]; then
  printf 'control, -o OUT_DIR on /dev/shm, no templates: -j1 %.2f s, -j2 %.2f s (%.2fx)\n' \
    "${seconds[shm1]}" "${seconds[shm2]}" "$(calc "${seconds[shm1]} / ${seconds[shm2]}")"
fi
