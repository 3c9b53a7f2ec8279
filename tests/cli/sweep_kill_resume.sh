#!/usr/bin/env bash
# A sweep killed with SIGKILL at several points, each time resumed with
# --resume, ends with a store identical (table by table) to an uninterrupted
# sweep's; one stopped with Ctrl-C (SIGINT) says so, exits 130 and resumes too;
# a resume from another experiment file is refused; 1 and 2 threads give the
# same store; the command `govsim results --run` prints reproduces the run.
#   sweep_kill_resume.sh GOVSIM WORK [REPLICATIONS]
# (fewer replications for the slower sanitizer build, so kills still land mid-sweep)
set -u
govsim=$1
work=$2
replications=${3:-700}
rm -rf "$work"
mkdir -p "$work"
cd "$work" || exit 2
fail() { echo "FAIL: $*"; exit 1; }

cat > study.yaml <<'YAML'
name: kill-and-resume
arrangements: [typical-scottish-ijb, weak-scottish-ijb, cswo-interim-ijb-chief-officer]
parameters:
  forum_question_probability: [0.3, 0.9]
replications: REPLICATIONS
seed: 11
YAML
sed -i "s/REPLICATIONS/$replications/" study.yaml
total=$((replications * 6))

"$govsim" sweep study.yaml -o whole.sqlite --threads 2 -q || fail "the uninterrupted sweep failed"
expected=$("$govsim" results whole.sqlite --hashes) || fail "no hashes"

# The same store on one thread.
"$govsim" sweep study.yaml -o one.sqlite --threads 1 -q || fail "the one-thread sweep failed"
[ "$("$govsim" results one.sqlite --hashes)" = "$expected" ] || fail "1 and 2 threads gave different stores"

# SIGKILL at points spread over the run (a fixed list, so the test is repeatable),
# then resume until done.
kills=0
for delay in 0.05 0.3 0.45 0.7 0.9 1.2 1.6; do
  rm -f killed.sqlite killed.sqlite-wal killed.sqlite-shm
  timeout -s KILL "$delay" "$govsim" sweep study.yaml -o killed.sqlite --threads 2 -q
  status=$?
  [ $status -eq 137 ] && kills=$((kills + 1))
  if [ -e killed.sqlite ]; then
    "$govsim" sweep study.yaml -o killed.sqlite --resume --threads 2 -q || fail "resume after a kill at $delay s failed"
  else
    "$govsim" sweep study.yaml -o killed.sqlite --threads 2 -q || fail "the sweep after a kill before the store existed failed"
  fi
  [ "$("$govsim" results killed.sqlite --hashes)" = "$expected" ] || fail "killed at $delay s and resumed: the store differs"
done
[ $kills -ge 4 ] || fail "only $kills of the kills landed during a sweep: make the study larger"

# Killed twice in one sweep: kill, resume, kill again, resume.
rm -f twice.sqlite*
# (A slow build may be killed before it has made the store: then the next
# command starts it, as a person would, rather than resuming nothing.)
resume_if_there() { [ -e twice.sqlite ] && echo --resume; }
timeout -s KILL 0.4 "$govsim" sweep study.yaml -o twice.sqlite -q
# shellcheck disable=SC2046
timeout -s KILL 0.4 "$govsim" sweep study.yaml -o twice.sqlite $(resume_if_there) -q
# shellcheck disable=SC2046
"$govsim" sweep study.yaml -o twice.sqlite $(resume_if_there) -q || fail "the second resume failed"
[ "$("$govsim" results twice.sqlite --hashes)" = "$expected" ] || fail "killed twice: the store differs"

# Ctrl-C stops cleanly, keeping finished runs, and says how to go on.
rm -f stopped.sqlite*
"$govsim" sweep study.yaml -o stopped.sqlite --threads 2 > /dev/null 2> stopped.err &
pid=$!
# Once its store is there it is running (a slow build takes a while to load).
for _ in $(seq 200); do [ -e stopped.sqlite ] && break; sleep 0.1; done
sleep 0.3
kill -INT $pid
wait $pid
status=$?
[ $status -eq 130 ] || fail "Ctrl-C gave exit $status, not 130"
grep -q "stopped; [0-9]* of $total runs are in stopped.sqlite: run the same command with --resume to finish" stopped.err ||
  fail "Ctrl-C did not say how to go on: $(cat stopped.err)"
"$govsim" sweep study.yaml -o stopped.sqlite --resume -q || fail "resume after Ctrl-C failed"
[ "$("$govsim" results stopped.sqlite --hashes)" = "$expected" ] || fail "stopped and resumed: the store differs"

# Another experiment file does not resume this store; a store is never written over.
sed 's/seed: 11/seed: 12/' study.yaml > other.yaml
"$govsim" sweep other.yaml -o whole.sqlite --resume -q 2> other.err && fail "another experiment resumed the store"
grep -q "this store was filled from another experiment" other.err || fail "unclear refusal: $(cat other.err)"
"$govsim" sweep study.yaml -o whole.sqlite -q 2> again.err && fail "a sweep wrote over a store"
grep -q "a results store is already here: add --resume" again.err || fail "unclear refusal: $(cat again.err)"
[ "$("$govsim" results whole.sqlite --hashes)" = "$expected" ] || fail "a refused command changed the store"

# A stored run, run again as `govsim results --run` says, has its stored fingerprint.
line=$("$govsim" results whole.sqlite --run $(( total / 2 + 1 )))
stored=$(echo "$line" | sed -n 's/^fingerprint: //p')
command=$(echo "$line" | sed -n 's/^to run it again: govsim //p')
# shellcheck disable=SC2086
again=$("$govsim" $command | sed -n 's/^fingerprint: //p')
[ -n "$stored" ] && [ "$stored" = "$again" ] || fail "run $(( total / 2 + 1 )) again gave $again, the store says $stored ($command)"
echo "ok: $kills kills resumed to the same store"
